using AsnApi.Features.Employees;
using AsnApi.Features.Enrollments;
using AsnApi.Features.ExternalActivities;
using AsnApi.Features.Imports;
using AsnApi.Features.Positions;
using AsnApi.Features.Survey;
using AsnApi.Features.Units;
using FluentValidation;
using FluentValidation.Results;

namespace AsnApi.UnitTests;

/// <summary>Every message an import row can get from a single-record validator has its English (ImportMessages).</summary>
public class ImportMessagesTests
{
    public static TheoryData<string> Validators => new()
    {
        nameof(EmployeeRequestValidator), nameof(UnitRequestValidator), nameof(PositionRequestValidator), nameof(EnrollmentUpdateRequestValidator),
        nameof(ExternalActivityRequestValidator), nameof(PaperSurveyResponseValidator), nameof(RespondentProfileValidator),
    };

    private static IValidator Of(string name) => name switch
    {
        nameof(EmployeeRequestValidator) => new EmployeeRequestValidator(),
        nameof(UnitRequestValidator) => new UnitRequestValidator(),
        nameof(PositionRequestValidator) => new PositionRequestValidator(),
        nameof(EnrollmentUpdateRequestValidator) => new EnrollmentUpdateRequestValidator(),
        nameof(ExternalActivityRequestValidator) => new ExternalActivityRequestValidator(TimeProvider.System),
        nameof(PaperSurveyResponseValidator) => new PaperSurveyResponseValidator(TimeProvider.System),
        nameof(RespondentProfileValidator) => new RespondentProfileValidator(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Validators))]
    public void Every_rule_of_a_validator_rows_pass_through_has_an_english_message(string name)
    {
        var missing = new List<string>();
        foreach (var rule in Of(name).CreateDescriptor().Rules)
            foreach (var c in rule.Components)
            {
                var code = c.ErrorCode ?? c.Validator.Name;
                // Child validators are walked on their own; custom rules' messages come from code (the NIP's are below).
                if (code is "ChildValidatorAdaptor" or "CustomValidator" || c.Validator.GetType().Name.StartsWith("ChildRules", StringComparison.Ordinal)) continue;
                string message;
                // A message made by a function of the row (the rank's) cannot be read without one: its texts are checked below.
                try { message = c.GetUnformattedErrorMessage(); }
                catch (NullReferenceException) { continue; }
                if (message != c.Validator.GetDefaultMessageTemplate(code))
                {
                    if (!ImportMessages.Knows(message)) missing.Add($"{rule.PropertyName}: {message}");
                }
                else if (!ImportMessages.KnowsCode(code)) missing.Add($"{rule.PropertyName}: {code}");
            }
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("12345", "A NIP has 18 digits.")]
    [InlineData("199913312020011001", "Digits 1–8 of a NIP must be a valid birth date (YYYYMMDD).")]
    [InlineData("198609262015053001", "Digit 15 of a NIP (sex) must be 1 (male) or 2 (female).")]
    [InlineData("198609262015051000", "The serial number of a NIP (digits 16–18) starts at 001.")]
    public void The_nip_checks_and_the_rank_read_in_english(string nip, string english)
    {
        var failures = new EmployeeRequestValidator().Validate(new Contracts.EmployeeRequest
        {
            Nip = nip, Name = "", EmploymentType = Contracts.EmploymentType.Pns, Rank = "V/z", UnitId = Guid.NewGuid(),
        }).Errors;
        var en = new ImportText(english: true);
        Assert.Contains(english, failures.Select(f => ImportMessages.Of(f, en)));
        Assert.Contains("The name is required.", failures.Select(f => ImportMessages.Of(f, en)));
        Assert.Contains("A PNS rank is I/a to IV/e.", failures.Select(f => ImportMessages.Of(f, en)));
    }

    [Fact]
    public void Values_carried_by_a_message_reappear_in_its_english_and_indonesian_stays_as_it_is()
    {
        var en = new ImportText(english: true);
        var id = new ImportText(english: false);
        Assert.Equal("The birth date does not match the NIP (1986-09-26).", ImportMessages.Of("Tanggal lahir tidak sesuai dengan NIP (1986-09-26).", en));
        Assert.Equal("This service unit does not offer that service type. Choices: KTP-el, Akta.", ImportMessages.Of("Jenis layanan tidak tersedia di unit layanan ini. Pilihan: KTP-el, Akta.", en));
        Assert.Equal("Tanggal lahir tidak sesuai dengan NIP (1986-09-26).", ImportMessages.Of("Tanggal lahir tidak sesuai dengan NIP (1986-09-26).", id));
        Assert.Equal("Sesuatu yang belum ada di katalog.", ImportMessages.Of("Sesuatu yang belum ada di katalog.", en));
        // A rule without a message of ours: no property name in either language.
        var failure = new ValidationFailure("Name", "'Name' terlalu panjang") { ErrorCode = "MaximumLengthValidator", FormattedMessagePlaceholderValues = new Dictionary<string, object> { ["MaxLength"] = 200 } };
        Assert.Equal(("At most 200 characters.", "Paling banyak 200 karakter."), (ImportMessages.Of(failure, en), ImportMessages.Of(failure, id)));
    }
}
