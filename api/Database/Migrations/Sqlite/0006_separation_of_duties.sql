-- Separation of duties: who submitted a plan and who verified a need, so that the same person cannot
-- also approve or validate it; a tenant may relax this for very small units (off by default).
ALTER TABLE DevelopmentPlans ADD COLUMN SubmittedBy TEXT NULL;
ALTER TABLE DevelopmentNeeds ADD COLUMN VerifiedBy TEXT NULL;
ALTER TABLE TenantSettings ADD COLUMN AllowSelfApproval INTEGER NOT NULL DEFAULT 0;
