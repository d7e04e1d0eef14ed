using AsnApi.Contracts;
using AsnApi.Domain;
using Mediator;

namespace AsnApi.Features.Appraisals;

/// <summary>The matrix as data, from <see cref="Skp"/>: the dashboard shows the predicate as ratings are picked without a copy of the rule.</summary>
public static class GetSkpMatrix
{
    public sealed record Query : IQuery<SkpMatrixResponse>;

    private static readonly SkpMatrixResponse Matrix = new()
    {
        Ratings = Enum.GetValues<SkpRating>().Select(r => new SkpRatingOption { Rating = r, Label = Skp.Label(r) }).ToList(),
        Predicates = Enum.GetValues<SkpPredicate>().Select(p => new SkpPredicateOption { Predicate = p, Label = Skp.Label(p) }).ToList(),
        Cells = Enum.GetValues<SkpRating>().Reverse().SelectMany(results => Enum.GetValues<SkpRating>().Select(behaviour =>
        {
            var p = Skp.Predicate(results, behaviour);
            return new SkpMatrixCell { ResultsRating = results, BehaviourRating = behaviour, Predicate = p, PredicateLabel = Skp.Label(p) };
        })).ToList(),
    };

    internal sealed class Handler : IQueryHandler<Query, SkpMatrixResponse>
    {
        public ValueTask<SkpMatrixResponse> Handle(Query query, CancellationToken ct) => ValueTask.FromResult(Matrix);
    }
}
