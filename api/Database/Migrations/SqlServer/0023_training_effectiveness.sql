-- Training effectiveness (issue 10, levels 1, 2 and 4): reaction questionnaire templates, the answers (one per
-- enrollment), one-time participant links (only the token's hash is kept) and the per-session rollup that the
-- program, partner and scope figures read.

-- A tenant's own questionnaires. The built-in Indonesian one is not stored (its items are Domain.Effectiveness.
-- DefaultItems); IsDefault marks the tenant's own default, at most one, which replaces the built-in.
CREATE TABLE ReactionTemplates (
    Id         UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId   UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    Name       NVARCHAR(200) NOT NULL,
    IsDefault  BIT NOT NULL DEFAULT 0,
    Version    INT NOT NULL DEFAULT 1,
    CreatedAt  DATETIMEOFFSET NOT NULL,
    UpdatedAt  DATETIMEOFFSET NOT NULL
);
CREATE UNIQUE INDEX UX_ReactionTemplates_Tenant_Name ON ReactionTemplates(TenantId, Name);

CREATE TABLE ReactionTemplateItems (
    TemplateId  UNIQUEIDENTIFIER NOT NULL REFERENCES ReactionTemplates(Id),
    Position    INT NOT NULL,
    TenantId    UNIQUEIDENTIFIER NOT NULL,
    Text        NVARCHAR(500) NOT NULL,
    PRIMARY KEY (TemplateId, Position)
);

-- The template a session asks with, when it is not the tenant's default.
CREATE TABLE SessionReactionTemplates (
    SessionId   UNIQUEIDENTIFIER NOT NULL PRIMARY KEY REFERENCES TrainingSessions(Id),
    TenantId    UNIQUEIDENTIFIER NOT NULL,
    TemplateId  UNIQUEIDENTIFIER NOT NULL REFERENCES ReactionTemplates(Id)
);
CREATE INDEX IX_SessionReactionTemplates_Template ON SessionReactionTemplates(TenantId, TemplateId);

-- One answer per enrollment (the unique index is what refuses a second, also under a race). TemplateId null is the
-- built-in questionnaire. ScoreSum and ItemCount are kept so the rollup needs no second join.
CREATE TABLE ReactionAnswers (
    Id            UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    TenantId      UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    EnrollmentId  UNIQUEIDENTIFIER NOT NULL REFERENCES TrainingEnrollments(Id),
    SessionId     UNIQUEIDENTIFIER NOT NULL REFERENCES TrainingSessions(Id),
    TemplateId    UNIQUEIDENTIFIER NULL REFERENCES ReactionTemplates(Id),
    ScoreSum      INT NOT NULL,
    ItemCount     INT NOT NULL,
    Comment       NVARCHAR(2000) NULL,
    Channel       NVARCHAR(20) NOT NULL,
    AnsweredBy    NVARCHAR(256) NOT NULL,
    AnsweredAt    DATETIMEOFFSET NOT NULL
);
CREATE UNIQUE INDEX UX_ReactionAnswers_Enrollment ON ReactionAnswers(EnrollmentId);
CREATE INDEX IX_ReactionAnswers_Tenant_Session ON ReactionAnswers(TenantId, SessionId);
CREATE INDEX IX_ReactionAnswers_Tenant_Template ON ReactionAnswers(TenantId, TemplateId);

CREATE TABLE ReactionAnswerScores (
    AnswerId  UNIQUEIDENTIFIER NOT NULL REFERENCES ReactionAnswers(Id),
    Position  INT NOT NULL,
    TenantId  UNIQUEIDENTIFIER NOT NULL,
    Score     INT NOT NULL,
    PRIMARY KEY (AnswerId, Position)
);

-- A participant's one-time link: the SHA-256 of the token (hex), never the token itself.
CREATE TABLE ReactionLinks (
    TokenHash     NVARCHAR(64) NOT NULL PRIMARY KEY,
    TenantId      UNIQUEIDENTIFIER NOT NULL REFERENCES Tenants(Id),
    EnrollmentId  UNIQUEIDENTIFIER NOT NULL REFERENCES TrainingEnrollments(Id),
    ExpiresAt     DATETIMEOFFSET NOT NULL,
    UsedAt        DATETIMEOFFSET NULL,
    CreatedBy     NVARCHAR(256) NOT NULL,
    CreatedAt     DATETIMEOFFSET NOT NULL
);
CREATE INDEX IX_ReactionLinks_Tenant_Enrollment ON ReactionLinks(TenantId, EnrollmentId);

-- Per tenant × session × participant's unit: counts and sums only (design note "How an aggregate is made flat").
CREATE TABLE EffectivenessRollups (
    TenantId         UNIQUEIDENTIFIER NOT NULL,
    SessionId        UNIQUEIDENTIFIER NOT NULL,
    UnitId           UNIQUEIDENTIFIER NOT NULL,
    Participants     INT NOT NULL,
    Respondents      INT NOT NULL,
    ScoreSum         INT NOT NULL,
    ScoreCount       INT NOT NULL,
    Scored           INT NOT NULL,
    PreSum           INT NOT NULL,
    PostSum          INT NOT NULL,
    Improved         INT NOT NULL,
    NormalisedCount  INT NOT NULL,
    NormalisedSum    FLOAT NOT NULL,
    PRIMARY KEY (TenantId, SessionId, UnitId)
);
CREATE INDEX IX_EffectivenessRollups_Tenant_Unit ON EffectivenessRollups(TenantId, UnitId);
