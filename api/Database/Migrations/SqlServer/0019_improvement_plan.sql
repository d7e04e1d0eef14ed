-- The loop (issue 9): the tenant's mapping from SKM unsur and complaint categories to competencies.
-- No ImprovementMappings row, or IsDefault = 1: the default of domain.md, computed in code (Domain/ImprovementPlanRules),
-- so a reset needs no copy of it. Otherwise the sources and competencies below are the whole mapping.
CREATE TABLE ImprovementMappings (
    TenantId   UNIQUEIDENTIFIER NOT NULL PRIMARY KEY REFERENCES Tenants(Id),
    IsDefault  BIT NOT NULL,
    Version    INT NOT NULL DEFAULT 1,
    UpdatedAt  DATETIMEOFFSET NOT NULL
);

-- One row per mapped source: SourceKind 'Unsur' (SourceKey U1–U9) or 'ComplaintCategory' (the category as written).
-- UnitTechnical: the source also points to the service unit's technical competencies (those in the standards of the
-- positions its staff hold), computed when the plan is read.
CREATE TABLE ImprovementMappingSources (
    TenantId       UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    SourceKind     NVARCHAR(20) NOT NULL,
    SourceKey      NVARCHAR(100) NOT NULL,
    UnitTechnical  BIT NOT NULL DEFAULT 0,
    Position       INT NOT NULL,
    PRIMARY KEY (TenantId, SourceKind, SourceKey)
);

CREATE TABLE ImprovementMappingCompetencies (
    TenantId      UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    SourceKind    NVARCHAR(20) NOT NULL,
    SourceKey     NVARCHAR(100) NOT NULL,
    CompetencyId  UNIQUEIDENTIFIER NOT NULL REFERENCES Competencies(Id),
    Position      INT NOT NULL,
    PRIMARY KEY (TenantId, SourceKind, SourceKey, CompetencyId)
);
