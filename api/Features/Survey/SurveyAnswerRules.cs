using AsnApi.Contracts;
using AsnApi.Domain;
using AsnApi.Infrastructure.Http;
using FluentValidation;

namespace AsnApi.Features.Survey;

/// <summary>The rules every response obeys, public or paper: nine scores 1–4 in order, a service type, an optional profile and suggestion.</summary>
internal static class SurveyAnswerRules
{
    public const int MaxSuggestion = 1000;
    public const string ScoresRequired = "Nilai survei wajib diisi: 9 nilai, satu untuk setiap unsur (U1–U9).";
    public const string NineScores = "Isi tepat 9 nilai, satu untuk setiap unsur, urut U1 sampai U9.";
    public const string ScoreRange = "Nilai 1 (tidak baik) sampai 4 (sangat baik).";
    public const string ServiceTypeRequired = "Jenis layanan wajib dipilih.";
    public const string ServiceTypeLength = "Jenis layanan paling panjang 100 karakter.";
    public static readonly string SuggestionLength = $"Saran paling panjang {MaxSuggestion} karakter.";

    public static bool NineOrNone(IReadOnlyList<int>? s) => s is null || s.Count == Unsur.Count;

    /// <summary>The service type as the service unit spells it, or null when it offers no such type (compared case-insensitively).</summary>
    public static string? Offered(IReadOnlyList<string> offered, string? chosen) =>
        offered.FirstOrDefault(t => string.Equals(t, chosen?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string NotOffered(IReadOnlyList<string> offered) => "Jenis layanan tidak tersedia di unit layanan ini. Pilihan: " + string.Join(", ", offered) + ".";
}

public sealed class RespondentProfileValidator : AbstractValidator<RespondentProfileRequest>
{
    public RespondentProfileValidator()
    {
        RuleFor(p => p.Sex).IsInEnum();
        RuleFor(p => p.AgeBand).IsInEnum();
        RuleFor(p => p.Education).IsInEnum();
        RuleFor(p => p.Occupation).IsInEnum();
    }
}

public sealed class SurveySubmissionValidator : AbstractValidator<SurveySubmissionRequest>
{
    private const string SubmissionIdRequired = "submissionId wajib diisi: UUID yang dibuat formulir sekali untuk setiap pengisian.";

    public SurveySubmissionValidator()
    {
        RuleFor(r => r.SubmissionId).NotNull().WithMessage(SubmissionIdRequired).Must(id => id != Guid.Empty).WithMessage(SubmissionIdRequired);
        RuleFor(r => r.Scores).NotNull().WithMessage(SurveyAnswerRules.ScoresRequired)
            .Must(SurveyAnswerRules.NineOrNone).WithMessage(SurveyAnswerRules.NineScores).MaxItems(Unsur.Count).WithMessage(SurveyAnswerRules.NineScores);
        // Each score is checked once there are nine: a list of 100,000 zeros earns one error, not 100,000.
        RuleForEach(r => r.Scores).InclusiveBetween(1, 4).WithMessage(SurveyAnswerRules.ScoreRange).When(r => r.Scores is { Count: Unsur.Count });
        RuleFor(r => r.ServiceType).NotEmpty().WithMessage(SurveyAnswerRules.ServiceTypeRequired).MaximumLength(100).WithMessage(SurveyAnswerRules.ServiceTypeLength);
        RuleFor(r => r.Respondent).SetValidator(new RespondentProfileValidator()!);
        RuleFor(r => r.Suggestion).MaximumLength(SurveyAnswerRules.MaxSuggestion).WithMessage(SurveyAnswerRules.SuggestionLength);
    }
}

public sealed class PaperSurveyResponseValidator : AbstractValidator<PaperSurveyResponseRequest>
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public PaperSurveyResponseValidator(TimeProvider clock)
    {
        RuleFor(r => r.Scores).NotNull().WithMessage(SurveyAnswerRules.ScoresRequired)
            .Must(SurveyAnswerRules.NineOrNone).WithMessage(SurveyAnswerRules.NineScores).MaxItems(Unsur.Count).WithMessage(SurveyAnswerRules.NineScores);
        // Each score is checked once there are nine: a list of 100,000 zeros earns one error, not 100,000.
        RuleForEach(r => r.Scores).InclusiveBetween(1, 4).WithMessage(SurveyAnswerRules.ScoreRange).When(r => r.Scores is { Count: Unsur.Count });
        RuleFor(r => r.ServiceType).NotEmpty().WithMessage(SurveyAnswerRules.ServiceTypeRequired).MaximumLength(100).WithMessage(SurveyAnswerRules.ServiceTypeLength);
        RuleFor(r => r.RespondedOn).NotNull().WithMessage("Tanggal pengisian wajib diisi.")
            .Must(d => d is null || (d >= Earliest && d <= Shared.SurveyRollups.DayOf(clock.GetUtcNow())))
            .WithMessage("Tanggal pengisian antara 1 Januari 2000 dan hari ini.");
        RuleFor(r => r.Respondent).SetValidator(new RespondentProfileValidator()!);
        RuleFor(r => r.Suggestion).MaximumLength(SurveyAnswerRules.MaxSuggestion).WithMessage(SurveyAnswerRules.SuggestionLength);
    }
}
