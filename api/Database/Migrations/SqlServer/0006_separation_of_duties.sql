-- Separation of duties: who submitted a plan and who verified a need, so that the same person cannot
-- also approve or validate it; a tenant may relax this for very small units (off by default).
ALTER TABLE DevelopmentPlans ADD SubmittedBy NVARCHAR(100) NULL;
ALTER TABLE DevelopmentNeeds ADD VerifiedBy NVARCHAR(100) NULL;
ALTER TABLE TenantSettings ADD AllowSelfApproval BIT NOT NULL CONSTRAINT DF_TenantSettings_AllowSelfApproval DEFAULT 0;
