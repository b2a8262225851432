namespace Volunteer.Reporting.Figures;

/// <summary>Reporting:Watch — how often a watched dashboard checks for new events.</summary>
public sealed class WatchOptions
{
    public const string SectionName = "Reporting:Watch";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(3);
}
