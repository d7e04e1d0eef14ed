-- Heatmap cells with fewer assessed employees than this are greyed out (issue 6): a tenant setting, default 3.
ALTER TABLE TenantSettings ADD HeatmapMinimumCount INT NOT NULL CONSTRAINT DF_TenantSettings_HeatmapMinimumCount DEFAULT 3;
