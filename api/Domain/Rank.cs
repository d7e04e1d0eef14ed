using System.Text.RegularExpressions;
using AsnApi.Contracts;

namespace AsnApi.Domain;

/// <summary>Golongan: I/a–IV/e for a PNS, I–XVII for a PPPK.</summary>
public static partial class Rank
{
    [GeneratedRegex(@"^(I|II|III)/[a-d]$|^IV/[a-e]$")] private static partial Regex Pns();
    [GeneratedRegex(@"^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII)$")] private static partial Regex Pppk();

    public static bool IsValid(string rank, EmploymentType type) =>
        type == EmploymentType.Pns ? Pns().IsMatch(rank) : Pppk().IsMatch(rank);
}
