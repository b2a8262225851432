namespace Volunteer.Seeder;

/// <summary>Which demo campaign to make: the same seed and scale always give the same data.</summary>
public sealed class SeederOptions
{
    public const string SectionName = "Seeder";

    public int Seed { get; set; } = 2018;

    /// <summary>1 gives the program's 百队千人 (about 100 teams, 1,000 volunteers); 10 is for load.</summary>
    public int Scale { get; set; } = 1;

    /// <summary>Only the first this many teams of the plan and their activities (quick end-to-end runs).</summary>
    public int? Teams { get; set; }

    /// <summary>How many teams or activities are seeded at once.</summary>
    public int Parallelism { get; set; } = 6;
}
