-- Training effectiveness (issue 10, levels 1, 2 and 4): reaction questionnaire templates, the answers (one per
-- enrollment), one-time participant links (only the token's hash is kept) and the per-session rollup that the
-- program, partner and scope figures read.

-- A tenant's own questionnaires. The built-in Indonesian one is not stored (its items are Domain.Effectiveness.
-- DefaultItems); IsDefault marks the tenant's own default, at most one, which replaces the built-in.
CREATE TABLE ReactionTemplates (
    Id         TEXT NOT NULL PRIMARY KEY,
    TenantId   TEXT NOT NULL REFERENCES Tenants(Id),
    Name       TEXT NOT NULL,
    IsDefault  INTEGER NOT NULL DEFAULT 0,
    Version    INTEGER NOT NULL DEFAULT 1,
    CreatedAt  TEXT NOT NULL,
    UpdatedAt  TEXT NOT NULL
);
CREATE UNIQUE INDEX UX_ReactionTemplates_Tenant_Name ON ReactionTemplates(TenantId, Name);

CREATE TABLE ReactionTemplateItems (
    TemplateId  TEXT NOT NULL REFERENCES ReactionTemplates(Id),
    Position    INTEGER NOT NULL,
    TenantId    TEXT NOT NULL,
    Text        TEXT NOT NULL,
    PRIMARY KEY (TemplateId, Position)
);

-- The template a session asks with, when it is not the tenant's default.
CREATE TABLE SessionReactionTemplates (
    SessionId   TEXT NOT NULL PRIMARY KEY REFERENCES TrainingSessions(Id),
    TenantId    TEXT NOT NULL,
    TemplateId  TEXT NOT NULL REFERENCES ReactionTemplates(Id)
);
CREATE INDEX IX_SessionReactionTemplates_Template ON SessionReactionTemplates(TenantId, TemplateId);

-- One answer per enrollment (the unique index is what refuses a second, also under a race). TemplateId null is the
-- built-in questionnaire. ScoreSum and ItemCount are kept so the rollup needs no second join.
CREATE TABLE ReactionAnswers (
    Id            TEXT NOT NULL PRIMARY KEY,
    TenantId      TEXT NOT NULL REFERENCES Tenants(Id),
    EnrollmentId  TEXT NOT NULL REFERENCES TrainingEnrollments(Id),
    SessionId     TEXT NOT NULL REFERENCES TrainingSessions(Id),
    TemplateId    TEXT NULL REFERENCES ReactionTemplates(Id),
    ScoreSum      INTEGER NOT NULL,
    ItemCount     INTEGER NOT NULL,
    Comment       TEXT NULL,
    Channel       TEXT NOT NULL,
    AnsweredBy    TEXT NOT NULL,
    AnsweredAt    TEXT NOT NULL
);
CREATE UNIQUE INDEX UX_ReactionAnswers_Enrollment ON ReactionAnswers(EnrollmentId);
CREATE INDEX IX_ReactionAnswers_Tenant_Session ON ReactionAnswers(TenantId, SessionId);
CREATE INDEX IX_ReactionAnswers_Tenant_Template ON ReactionAnswers(TenantId, TemplateId);

CREATE TABLE ReactionAnswerScores (
    AnswerId  TEXT NOT NULL REFERENCES ReactionAnswers(Id),
    Position  INTEGER NOT NULL,
    TenantId  TEXT NOT NULL,
    Score     INTEGER NOT NULL,
    PRIMARY KEY (AnswerId, Position)
);

-- A participant's one-time link: the SHA-256 of the token (hex), never the token itself.
CREATE TABLE ReactionLinks (
    TokenHash     TEXT NOT NULL PRIMARY KEY,
    TenantId      TEXT NOT NULL REFERENCES Tenants(Id),
    EnrollmentId  TEXT NOT NULL REFERENCES TrainingEnrollments(Id),
    ExpiresAt     TEXT NOT NULL,
    UsedAt        TEXT NULL,
    CreatedBy     TEXT NOT NULL,
    CreatedAt     TEXT NOT NULL
);
CREATE INDEX IX_ReactionLinks_Tenant_Enrollment ON ReactionLinks(TenantId, EnrollmentId);

-- Per tenant × session × participant's unit: counts and sums only (design note "How an aggregate is made flat").
CREATE TABLE EffectivenessRollups (
    TenantId         TEXT NOT NULL,
    SessionId        TEXT NOT NULL,
    UnitId           TEXT NOT NULL,
    Participants     INTEGER NOT NULL,
    Respondents      INTEGER NOT NULL,
    ScoreSum         INTEGER NOT NULL,
    ScoreCount       INTEGER NOT NULL,
    Scored           INTEGER NOT NULL,
    PreSum           INTEGER NOT NULL,
    PostSum          INTEGER NOT NULL,
    Improved         INTEGER NOT NULL,
    NormalisedCount  INTEGER NOT NULL,
    NormalisedSum    REAL NOT NULL,
    PRIMARY KEY (TenantId, SessionId, UnitId)
);
CREATE INDEX IX_EffectivenessRollups_Tenant_Unit ON EffectivenessRollups(TenantId, UnitId);
