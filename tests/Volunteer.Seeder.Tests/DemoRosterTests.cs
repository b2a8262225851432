using Volunteer.Roster.Identity;
using Volunteer.ServiceDefaults.PersonalData;
using Volunteer.Seeder.Demo;

namespace Volunteer.Seeder.Tests;

public sealed class DemoRosterTests
{
    private static readonly DemoRoster Demo = DemoRoster.Create(seed: 2018, scale: 1);

    [Fact]
    public void The_same_seed_gives_the_same_people_and_another_seed_other_people()
    {
        var again = DemoRoster.Create(seed: 2018, scale: 1);
        var other = DemoRoster.Create(seed: 7, scale: 1);

        Assert.Equal(Describe(Demo), Describe(again));
        Assert.NotEqual(Demo.People.Select(p => p.IdNumber), other.People.Select(p => p.IdNumber));
    }

    [Fact]
    public void Scale_one_meets_the_programs_hundred_teams_and_thousand_people_and_ten_is_ten_times_as_large()
    {
        var large = DemoRoster.Create(seed: 2018, scale: 10);

        Assert.InRange(Demo.Teams.Count, 100, 120);
        Assert.InRange(Demo.People.Count(), 1000, 1200);
        Assert.Equal(Demo.Teams.Count * 10, large.Teams.Count);
        Assert.Equal(21, Demo.Unions.Count(u => u.Kind == Contracts.Roster.V1.UnionKind.CityEducation));
    }

    [Fact]
    public void Every_id_number_and_phone_passes_rosters_rules_and_agrees_with_birth_date_and_gender()
    {
        var today = new DateOnly(2018, 3, 1);
        foreach (var person in Demo.People)
        {
            var id = ResidentIdNumber.Validate(person.IdNumber, today);
            Assert.True(id.IsValid, $"{person.Key}: {string.Join("; ", id.Problems)}");
            Assert.Equal(person.BirthDate, id.Value!.BirthDate);
            Assert.Equal(person.Male ? Gender.Male : Gender.Female, id.Value.Gender);
            Assert.True(PhoneNumber.Validate(person.Phone).IsValid, person.Key);
        }

        Assert.Equal(Demo.People.Count(), Demo.People.Select(p => p.IdNumber).Distinct().Count());
    }

    private static IEnumerable<string> Describe(DemoRoster demo) =>
        demo.People.Select(p => $"{p.Key} {p.Name} {p.IdNumber} {p.Phone} {p.Employer} {string.Join(",", p.Skills)} {p.SafetyTrained}");

    [Fact]
    public void Every_union_but_the_province_sits_under_a_union_listed_before_it()
    {
        var seen = new HashSet<string>();
        foreach (var union in Demo.Unions)
        {
            Assert.True(union.ParentKey is null || seen.Contains(union.ParentKey), union.Key);
            seen.Add(union.Key);
        }
    }
}
