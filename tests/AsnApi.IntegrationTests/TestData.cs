using AsnApi.Contracts;

namespace AsnApi.IntegrationTests;

public static class TestData
{
    private static int _counter;

    /// <summary>A valid, unused PNS NIP: birth dates from 1 Jan 1960 on, far from the demo seed's pattern.</summary>
    public static (string Nip, DateOnly Birth) NewNip(Sex sex = Sex.Male)
    {
        var n = Interlocked.Increment(ref _counter);
        var birth = new DateOnly(1960, 1, 1).AddDays(n * 7 + Random.Shared.Next(7));
        return ($"{birth:yyyyMMdd}201901{(sex == Sex.Male ? 1 : 2)}{900 + n % 99:000}", birth);
    }

    public static EmployeeRequest Employee(Guid positionId, string? name = null, string? nip = null) => new()
    {
        Nip = nip ?? NewNip().Nip,
        Name = name ?? "Pegawai Uji " + Guid.NewGuid().ToString("N")[..6],
        EmploymentType = EmploymentType.Pns,
        Rank = "III/a",
        PositionId = positionId,
    };
}
