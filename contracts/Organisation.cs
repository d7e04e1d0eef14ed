namespace AsnApi.Contracts;

public sealed class UnitResponse
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public Guid? ParentId { get; init; }
    public string? ParentName { get; init; }
    /// <summary>Materialised path of unit ids from the root, e.g. /a/b/. A sub-tree shares its prefix.</summary>
    public string Path { get; init; } = "";
    public int Depth { get; init; }
    public bool IsActive { get; init; }
    public int Version { get; init; }
}

public sealed class UnitRequest
{
    public string? Code { get; init; }
    public string? Name { get; init; }
    public Guid? ParentId { get; init; }
}

/// <summary>Position (jabatan) types of PermenPAN-RB 38/2017.</summary>
public enum PositionType { JptUtama, JptMadya, JptPratama, Administrator, Pengawas, Pelaksana, Fungsional }

public sealed class PositionResponse
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public PositionType Type { get; init; }
    /// <summary>Managerial level 1–5; defaults from the type, set per position for Fungsional.</summary>
    public int ManagerialLevel { get; init; }
    public Guid UnitId { get; init; }
    public string UnitName { get; init; } = "";
    public bool IsActive { get; init; }
    public int Version { get; init; }
}

public sealed class PositionRequest
{
    public string? Code { get; init; }
    public string? Name { get; init; }
    public PositionType? Type { get; init; }
    /// <summary>Required for Fungsional; for other types it defaults from the type.</summary>
    public int? ManagerialLevel { get; init; }
    public Guid? UnitId { get; init; }
}

public enum EmploymentType { Pns, Pppk }

public enum Sex { Male, Female }

public sealed class EmployeeResponse
{
    public Guid Id { get; init; }
    /// <summary>18 digits; the birth-date digits are masked (********) for callers without personal-data access.</summary>
    [MaskedNip]
    public string Nip { get; init; } = "";
    public string Name { get; init; } = "";
    public EmploymentType EmploymentType { get; init; }
    public Sex Sex { get; init; }
    /// <summary>Personal data: null for roles that do not need it (viewer, read-only keys).</summary>
    public DateOnly? BirthDate { get; init; }
    /// <summary>Golongan/ruang, e.g. III/a for a PNS or IX for a PPPK.</summary>
    public string? Rank { get; init; }
    public Guid? PositionId { get; init; }
    public string? PositionName { get; init; }
    public PositionType? PositionType { get; init; }
    public Guid UnitId { get; init; }
    public string UnitName { get; init; } = "";
    public bool IsActive { get; init; }
    public int Version { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

public sealed class EmployeeRequest
{
    /// <summary>18 digits; spaces are accepted and removed.</summary>
    public string? Nip { get; init; }
    public string? Name { get; init; }
    public EmploymentType? EmploymentType { get; init; }
    /// <summary>Optional: taken from the NIP of a PNS when omitted; must agree with it when given.</summary>
    public Sex? Sex { get; init; }
    /// <summary>Optional: taken from the NIP when omitted; must agree with it when given.</summary>
    public DateOnly? BirthDate { get; init; }
    public string? Rank { get; init; }
    public Guid? PositionId { get; init; }
    /// <summary>Optional: the position's unit when omitted.</summary>
    public Guid? UnitId { get; init; }
}

/// <summary>One employee in a bulk import, as an HR spreadsheet has it: units and positions by their codes.</summary>
public sealed class EmployeeImportRow
{
    public string? Nip { get; init; }
    public string? Name { get; init; }
    public EmploymentType? EmploymentType { get; init; }
    public Sex? Sex { get; init; }
    public DateOnly? BirthDate { get; init; }
    public string? Rank { get; init; }
    /// <summary>The position's code (kode jabatan); the employee's unit defaults to the position's.</summary>
    public string? PositionCode { get; init; }
    /// <summary>Optional: the unit's code, when it differs from the position's unit.</summary>
    public string? UnitCode { get; init; }
}

public sealed class EmployeeImportRequest
{
    public IReadOnlyList<EmployeeImportRow>? Rows { get; init; }
    /// <summary>Validate and count without writing anything.</summary>
    public bool DryRun { get; init; }
}

public sealed class EmployeeImportResponse
{
    public int Rows { get; init; }
    /// <summary>New NIPs.</summary>
    public int Created { get; init; }
    /// <summary>NIPs already in the tenant, whose data was replaced by the row.</summary>
    public int Updated { get; init; }
    public bool DryRun { get; init; }
}
