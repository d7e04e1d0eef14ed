using System.Net;
using AsnApi.Contracts;

namespace AsnApi.IntegrationTests;

/// <summary>The commands that take many ids check and write them set-based, all or nothing.</summary>
[Collection(ApiCollection.Name)]
public class BatchTests(ApiFactory api)
{
    [Fact]
    public async Task Hundreds_of_needs_are_reviewed_in_one_call_and_one_unknown_id_refuses_the_batch()
    {
        var admin = await api.As("admin@pgk");
        await (await admin.Post("/api/v1/development-needs/generate", new GenerateNeedsRequest { Year = 2037 })).Read<GenerateNeedsResponse>();
        var needs = (await admin.Get<Paged<DevelopmentNeedResponse>>("/api/v1/development-needs?year=2037&status=Identified&pageSize=500")).Items;
        Assert.True(needs.Count > 100, $"only {needs.Count} needs to review");
        var ids = needs.Select(n => n.Id).ToList();

        var problem = await (await admin.Post("/api/v1/development-needs/review", new ReviewNeedsRequest { NeedIds = [.. ids, Guid.NewGuid()], Action = NeedReviewAction.Verify }))
            .Problem(HttpStatusCode.NotFound);
        Assert.DoesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-", (string)problem["detail"]!);
        Assert.Equal(needs.Count, (await admin.Get<Paged<DevelopmentNeedResponse>>("/api/v1/development-needs?year=2037&status=Identified&pageSize=1")).Total);

        var done = await (await admin.Post("/api/v1/development-needs/review", new ReviewNeedsRequest { NeedIds = ids, Action = NeedReviewAction.Verify })).Read<ReviewNeedsResponse>();
        Assert.Equal((needs.Count, DevelopmentNeedStatus.Verified), (done.Reviewed, done.Status));
        Assert.Equal(needs.Count, (await admin.Get<Paged<DevelopmentNeedResponse>>("/api/v1/development-needs?year=2037&status=Verified&pageSize=1")).Total);
    }

    [Fact]
    public async Task A_standard_is_copied_onto_many_positions_at_once_and_unknown_targets_are_named_by_index()
    {
        var admin = await api.As("admin@pgk");
        var positions = (await admin.Get<Paged<PositionResponse>>("/api/v1/positions?type=Pelaksana&active=true&pageSize=500")).Items;
        var source = positions[0];
        var targets = positions.Skip(1).Select(p => p.Id).ToList();
        Assert.True(targets.Count >= 5, $"only {targets.Count} target positions");
        var foreign = await (await api.As("admin@jmb")).FirstId<PositionResponse>("/api/v1/positions?pageSize=1");

        await (await admin.Post($"/api/v1/positions/{source.Id}/standard/copy", new CopyStandardRequest { TargetPositionIds = [targets[0], Guid.NewGuid(), targets[1], foreign] }))
            .Problem((HttpStatusCode)422, "targetPositionIds[1]", "targetPositionIds[3]");

        var copied = await (await admin.Post($"/api/v1/positions/{source.Id}/standard/copy", new CopyStandardRequest { TargetPositionIds = targets })).Read<CopyStandardResponse>();
        Assert.Equal(targets.Count, copied.PositionsUpdated + copied.PositionsUnchanged);
        Assert.Equal(targets, copied.Targets.Select(p => p.PositionId));
        var expected = (await admin.Get<PositionStandardResponse>($"/api/v1/positions/{source.Id}/standard")).Items.Select(i => (i.CompetencyId, i.RequiredLevel)).OrderBy(i => i.CompetencyId);
        foreach (var target in targets.Take(3).Append(targets[^1]))
            Assert.Equal(expected, (await admin.Get<PositionStandardResponse>($"/api/v1/positions/{target}/standard")).Items.Select(i => (i.CompetencyId, i.RequiredLevel)).OrderBy(i => i.CompetencyId));
    }
}
