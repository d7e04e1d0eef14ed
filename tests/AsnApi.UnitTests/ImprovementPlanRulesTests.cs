using AsnApi.Domain;
using static AsnApi.Domain.ImprovementPlanRules;

namespace AsnApi.UnitTests;

public class ImprovementPlanRulesTests
{
    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a"), B = Guid.Parse("00000000-0000-0000-0000-00000000000b"),
        C = Guid.Parse("00000000-0000-0000-0000-00000000000c");
    private static readonly Guid E1 = Guid.Parse("00000000-0000-0000-0000-0000000000e1"), E2 = Guid.Parse("00000000-0000-0000-0000-0000000000e2");
    private static readonly Guid P1 = Guid.Parse("00000000-0000-0000-0000-0000000000f1"), P2 = Guid.Parse("00000000-0000-0000-0000-0000000000f2"),
        P3 = Guid.Parse("00000000-0000-0000-0000-0000000000f3");

    [Fact]
    public void The_weak_boundary_is_the_grade_b_index_as_an_nrr() => Assert.Equal(3.0644m, WeakNrr);

    [Fact]
    public void Unsur_below_the_boundary_are_weak_lowest_first_and_the_boundary_itself_is_not()
    {
        decimal?[] nrr = [3.5m, 3.0643m, 2.9m, 3.0644m, 3.8m, 3.2m, 2.9m, 3.1m, 3.3m];
        var weak = WeakUnsur(nrr);
        Assert.Equal(["U3", "U7", "U2"], weak.Select(w => w.Code));
        Assert.All(weak, w => Assert.True(w.BelowThreshold));
        Assert.Equal("Waktu Penyelesaian", weak[0].Name);
        Assert.Equal("NRR 2,90 di bawah batas mutu B (3,0644).", weak[0].Reason);
    }

    [Fact]
    public void A_unit_without_a_weak_unsur_gets_its_lowest_one_and_no_respondents_give_none()
    {
        decimal?[] good = [3.9m, 3.7m, 3.8m, 3.7m, 3.9m, 3.9m, 3.9m, 3.9m, 3.9m];
        var weak = Assert.Single(WeakUnsur(good));
        Assert.Equal("U2", weak.Code); // a tie with U4: the first in the regulation's order
        Assert.False(weak.BelowThreshold);
        Assert.StartsWith("Unsur terendah (NRR 3,70)", weak.Reason);
        Assert.Empty(WeakUnsur(Enumerable.Repeat<decimal?>(null, 9).ToList()));
    }

    [Fact]
    public void Frequent_categories_need_two_complaints_merge_case_and_keep_the_top_five()
    {
        var counts = new (string?, int)[]
        {
            ("Antrean lama", 4), ("antrean lama ", 1), ("Petugas tidak ramah", 3), ("Biaya", 1), (null, 6),
            ("Sistem error", 2), ("Informasi", 2), ("Parkir", 2), ("Toilet", 2),
        };
        var frequent = FrequentCategories(counts);
        Assert.Equal(["Antrean lama", "Petugas tidak ramah", "Informasi", "Parkir", "Sistem error"], frequent.Select(c => c.Category));
        Assert.Equal(5, frequent[0].Count);
        Assert.Equal(23, frequent[0].Total);
        Assert.Equal("5 pengaduan (22% dari 23 pengaduan periode ini).", frequent[0].Reason);
        Assert.Empty(FrequentCategories([("Biaya", 1), (null, 5)]));
    }

    [Fact]
    public void Weights_put_unsur_and_categories_on_one_zero_to_three_scale()
    {
        Assert.Equal(3m, UnsurWeight(1m));
        Assert.Equal(0m, UnsurWeight(4m));
        Assert.Equal(3m, CategoryWeight(10, 10));
        Assert.Equal(1m, CategoryWeight(2, 6));
        Assert.Equal(0m, CategoryWeight(0, 0));
    }

    [Fact]
    public void Competencies_rank_by_signal_weight_then_staff_gap_then_name()
    {
        var u7 = new Signal(true, "U7", "Perilaku Pelaksana", 1.2m);
        var u8 = new Signal(true, "U8", "Penanganan Pengaduan", 0.8m);
        var cat = new Signal(false, "Antrean lama", "Antrean lama", 0.4m);
        var pointed = new Dictionary<Guid, IReadOnlyList<Signal>> { [A] = [u7], [B] = [u8, cat], [C] = [cat] };
        var names = new Dictionary<Guid, string> { [A] = "Komunikasi", [B] = "Integritas", [C] = "Orientasi pada Hasil" };
        var gaps = new[] { new Gap(E1, A, 2), new Gap(E2, A, 1), new Gap(E1, C, 1) };

        var ranked = RankCompetencies(pointed, gaps, id => names[id]);
        Assert.Equal([A, B, C], ranked.Select(r => r.CompetencyId)); // A and B both 1.2: A has the gaps
        Assert.Equal((2, 3), (ranked[0].StaffWithGap, ranked[0].GapSum));
        Assert.Equal("Ditunjuk oleh U8 Penanganan Pengaduan dan kategori pengaduan \"Antrean lama\"; tidak ada pegawai unit dengan gap terukur.", ranked[1].Reason);
        Assert.Equal("Ditunjuk oleh U7 Perilaku Pelaksana; 2 pegawai unit dengan gap (jumlah gap 3).", ranked[0].Reason);
    }

    [Fact]
    public void Programs_rank_by_gap_times_gain_without_what_a_person_completed()
    {
        var gaps = new[] { new Gap(E1, A, 2), new Gap(E2, A, 1), new Gap(E1, B, 1) };
        var p1 = new ProgramOffer(P1, "Komunikasi Pelayanan", new Dictionary<Guid, int> { [A] = 1 });            // 2 + 1 = 3
        var p2 = new ProgramOffer(P2, "Budaya Integritas", new Dictionary<Guid, int> { [A] = 2, [B] = 1 });      // E1 completed it: E2's 1 × 2 = 2
        var p3 = new ProgramOffer(P3, "Kepemimpinan", new Dictionary<Guid, int> { [C] = 2 });                   // closes nothing
        var completed = new HashSet<(Guid, Guid)> { (E1, P2) };

        var ranked = RankPrograms([p3, p2, p1], gaps, completed);
        Assert.Equal([P1, P2], ranked.Select(r => r.Program.ProgramId));
        Assert.Equal([3, 2], ranked.Select(r => r.Score));
        Assert.Equal("Menutup gap Komunikasi pada 2 pegawai (jumlah gap 3); skor 3.", ranked[0].Reason(_ => "Komunikasi"));

        Assert.Equal(P1, Suggest(ranked, new Gap(E1, A, 2), completed)!.ProgramId);
        Assert.Null(Suggest(ranked, new Gap(E1, B, 1), completed)); // P2 develops B, but E1 completed it
        Assert.Null(Suggest(ranked, new Gap(E1, C, 1), completed));
    }

    [Fact]
    public void Equal_scores_rank_by_title()
    {
        var gaps = new[] { new Gap(E1, A, 1) };
        var ranked = RankPrograms([new ProgramOffer(P1, "Zeta", new Dictionary<Guid, int> { [A] = 1 }), new ProgramOffer(P2, "alfa", new Dictionary<Guid, int> { [A] = 1 })], gaps, new HashSet<(Guid, Guid)>());
        Assert.Equal([P2, P1], ranked.Select(r => r.Program.ProgramId));
    }

    [Fact]
    public void The_default_mapping_is_domain_md_resolved_to_the_national_dictionary()
    {
        var byCode = Defaults.ToDictionary(d => d.Code);
        Assert.True(byCode["U6"].UnitTechnical);
        Assert.Empty(byCode["U6"].NationalCodes);
        Assert.Equal(["Pelayanan Publik", "Integritas", "Komunikasi"], DefaultCompetencyIds(byCode["U7"]).Select(id => NationalCompetencies.All.Single(n => n.Id == id).Name));
        Assert.Equal(["Komunikasi", "Pelayanan Publik"], DefaultCompetencyIds(byCode["U8"]).Select(id => NationalCompetencies.All.Single(n => n.Id == id).Name));
        Assert.Equal(["Orientasi pada Hasil"], DefaultCompetencyIds(byCode["U3"]).Select(id => NationalCompetencies.All.Single(n => n.Id == id).Name));
        Assert.Equal(["Mengelola Perubahan"], DefaultCompetencyIds(byCode["U2"]).Select(id => NationalCompetencies.All.Single(n => n.Id == id).Name));
        Assert.Equal(5, Defaults.Count);
    }

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "a" }, "a")]
    [InlineData(new[] { "a", "b" }, "a dan b")]
    [InlineData(new[] { "a", "b", "c" }, "a, b dan c")]
    public void Lists_read_as_indonesian(string[] parts, string expected) => Assert.Equal(expected, Join(parts));
}
