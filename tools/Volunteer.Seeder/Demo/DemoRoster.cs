namespace Volunteer.Seeder.Demo;

/// <summary>
/// The demo campaign's people: every union's teams (its team target, times the scale) with ten members
/// each, from one seeded random source, so a seed and a scale always give the same roster.
/// </summary>
public sealed record DemoRoster(IReadOnlyList<UnionSpec> Unions, IReadOnlyList<TeamSpec> Teams)
{
    private const int MembersPerTeam = 10;

    public IEnumerable<PersonSpec> People => Teams.SelectMany(t => t.Members);

    public static DemoRoster Create(int seed, int scale)
    {
        var random = new Random(seed);
        var people = new FictitiousPeople(random);
        var unions = GuangdongUnions.All();
        var teams = new List<TeamSpec>();
        foreach (var union in unions.Where(u => u.ParentKey is not null))
        {
            for (var index = 0; index < union.TeamTarget * scale; index++)
            {
                var specialty = Specialties.For(union, index);
                var key = $"{union.Key}-team-{index:D3}";
                var members = Enumerable.Range(0, MembersPerTeam)
                    .Select(m => Person(people, random, $"{key}-{m:D2}", union, specialty))
                    .ToList();
                var shortName = union.Name.Replace("工会", "").Replace("教育", "");
                teams.Add(new TeamSpec(key, union.Key, $"{shortName}{Specialties.Label(specialty)}志愿服务分队（{index + 1}）", specialty, members));
            }
        }

        return new DemoRoster(unions, teams);
    }

    // Grassroots unions are their own employers; city and county unions' people work in schools and hospitals there.
    private static string Employer(UnionSpec union, Contracts.Roster.V1.TeamSpecialty specialty, Random random)
    {
        if (union.Kind == Contracts.Roster.V1.UnionKind.DirectlyAffiliated)
        {
            return union.Name.Replace("工会", "");
        }

        var place = union.Name.Replace("教育工会", "");
        return specialty is Contracts.Roster.V1.TeamSpecialty.Medical or Contracts.Roster.V1.TeamSpecialty.Health
            ? $"{place}人民医院"
            : $"{place}第{random.Next(1, 30)}中学";
    }

    private static PersonSpec Person(FictitiousPeople people, Random random, string key, UnionSpec union, Contracts.Roster.V1.TeamSpecialty specialty)
    {
        var male = random.Next(2) == 0;
        var birthDate = people.BirthDate();
        var skills = Specialties.Skills(specialty);
        return new PersonSpec(
            key,
            union.Key,
            people.Name(male),
            people.IdNumber(union.RegionCode, birthDate, male),
            male,
            birthDate,
            people.Phone(),
            Employer(union, specialty, random),
            Specialties.Profession(specialty),
            [.. skills.OrderBy(_ => random.Next()).Take(random.Next(1, 3))],
            Doctor: specialty == Contracts.Roster.V1.TeamSpecialty.Medical,
            ModelWorker: random.Next(25) == 0,
            // A few miss the spring safety training: their activities are blocked until they take it.
            SafetyTrained: random.Next(12) != 0);
    }
}
