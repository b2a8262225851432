using Google.Protobuf.WellKnownTypes;
using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Benchmarks;

/// <summary>
/// Row n of the roster, built on demand from n alone, so 100,000 rows stream without being held and
/// every run loads the same roster.
/// </summary>
internal static class VolunteerRows
{
    public const string SearchedSkill = "心理咨询";

    private static readonly Timestamp ConsentTime =
        Timestamp.FromDateTimeOffset(new DateTimeOffset(2018, 3, 20, 9, 0, 0, TimeSpan.FromHours(8)));

    public static RegisterStaffVolunteerRequest Build(int row, IReadOnlyList<Union> cities)
    {
        var city = cities[row % cities.Count];
        var male = Pick(row, 1, 2) == 0;
        var idNumber = IdNumbers.Make(row, $"{city.RegionCode[..4]}0{1 + Pick(row, 2, 9)}", male);
        var (employer, profession) = RowPools.Employers[Pick(row, 3, RowPools.Employers.Length)];
        var request = new RegisterStaffVolunteerRequest
        {
            UnionId = city.Id,
            Name = RowPools.Surnames[Pick(row, 4, RowPools.Surnames.Length)] + RowPools.GivenNames[Pick(row, 5, RowPools.GivenNames.Length)],
            IdType = IdDocumentType.ResidentIdCard,
            IdNumber = idNumber,
            Gender = male ? Gender.Male : Gender.Female,
            BirthDate = IdNumbers.BirthDate(row).ToString("yyyy-MM-dd"),
            Phone = $"139{row % 100_000_000:D8}",
            Employer = city.Name[..2] + employer,
            Profession = profession,
            ParticipationConsent = new Consent { GivenTime = ConsentTime, TextVersion = "2018-1" },
            SensitiveDataConsent = new Consent { GivenTime = ConsentTime, TextVersion = "2018-1" },
        };

        // One to three distinct skills: steps of 7 never meet again within 30.
        var first = Pick(row, 6, RowPools.Skills.Length);
        for (var k = 0; k <= Pick(row, 7, 3); k++)
        {
            request.Skills.Add(RowPools.Skills[(first + k * 7) % RowPools.Skills.Length]);
        }

        // About 2 % model workers and 3 % advanced workers, as honour holders are a minority.
        var honour = Pick(row, 8, 100) switch { < 2 => HonourKind.ModelWorker, < 5 => HonourKind.AdvancedWorker, _ => HonourKind.Unspecified };
        if (honour != HonourKind.Unspecified)
        {
            request.Honours.Add(new Honour { Kind = honour, Level = Pick(row, 9, 3) == 0 ? "省级" : "市级", Year = 2010 + Pick(row, 10, 8) });
        }

        return request;
    }

    /// <summary>A well-spread choice in [0, count) for the row and a salt per attribute.</summary>
    private static int Pick(int row, int salt, int count)
    {
        var x = (uint)row * 0x9E3779B1u ^ (uint)salt * 0x85EBCA77u;
        x ^= x >> 15;
        x *= 0x2C1B3C6Du;
        x ^= x >> 12;
        return (int)(x % (uint)count);
    }
}
