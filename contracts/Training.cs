namespace AsnApi.Contracts;

// The training area's vocabulary, shared by its use cases. Request and response classes live in the
// TrainingCatalog, TrainingEnrollment and TrainingLedger contract files.

public enum PartnerKind { University, GovernmentTrainingAgency, Ngo, ProfessionalBody, Private }

public enum TrainingDelivery { InPerson, Online, Blended }

/// <summary>Planned → Open → Running → Finished, or Cancelled from Planned, Open or Running. Enrollment only while Open.</summary>
public enum TrainingSessionStatus { Planned, Open, Running, Finished, Cancelled }

/// <summary>Registered → Attending → Completed or NotCompleted; Withdrawn from Registered before the session starts.</summary>
public enum EnrollmentStatus { Registered, Attending, Completed, NotCompleted, Withdrawn }

/// <summary>What credited a JP ledger entry.</summary>
public enum JpLedgerSource { Enrollment, ExternalActivity }
