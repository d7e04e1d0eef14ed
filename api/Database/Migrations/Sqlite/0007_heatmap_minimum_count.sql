-- Heatmap cells with fewer assessed employees than this are greyed out (issue 6): a tenant setting, default 3.
ALTER TABLE TenantSettings ADD COLUMN HeatmapMinimumCount INTEGER NOT NULL DEFAULT 3;
