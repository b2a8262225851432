namespace Volunteer.Seeder.Demo;

/// <summary>
/// Names, ID numbers and phones for demo volunteers, all from one seeded random source so a seed always
/// gives the same people. ID numbers use sequence codes from 900 up, and phones the 170 prefix of
/// virtual operators, to stay clear of real people.
/// </summary>
public sealed class FictitiousPeople(Random random)
{
    private const string Surnames = "陈李黄张梁刘林吴何郭罗郑谢杨周叶钟朱邓许曾冯蔡彭卢苏潘赖余邱";
    private const string GivenMale = "伟强明军志建国华杰涛斌俊峰辉鹏宇浩文亮";
    private const string GivenFemale = "芳敏静丽艳娟霞婷玲燕红梅雪琳颖慧洁佳";
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private readonly HashSet<string> _issued = [];

    public string Name(bool male)
    {
        var given = male ? GivenMale : GivenFemale;
        var surname = Surnames[random.Next(Surnames.Length)];
        return random.Next(3) == 0
            ? $"{surname}{given[random.Next(given.Length)]}"
            : $"{surname}{given[random.Next(given.Length)]}{given[random.Next(given.Length)]}";
    }

    public DateOnly BirthDate() => new DateOnly(1965, 1, 1).AddDays(random.Next(365 * 32));

    /// <summary>GB 11643 shape with its MOD 11-2 check character; sequence 900–999 (odd male), never the same number twice.</summary>
    public string IdNumber(string regionCode, DateOnly birthDate, bool male)
    {
        while (true)
        {
            var sequence = 900 + random.Next(50) * 2 + (male ? 1 : 0);
            var body = $"{regionCode[..4]}{random.Next(1, 40):D2}{birthDate:yyyyMMdd}{sequence:D3}";
            var sum = body.Select((c, i) => (c - '0') * Weights[i]).Sum();
            var number = body + "10X98765432"[sum % 11];
            if (_issued.Add(number))
            {
                return number;
            }
        }
    }

    public string Phone() => $"170{random.Next(10_000_000, 100_000_000)}";
}
