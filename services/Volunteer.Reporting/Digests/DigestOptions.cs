namespace Volunteer.Reporting.Digests;

/// <summary>Reporting:Digests — when digests are produced and where copies go.</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Reporting:Digests";

    /// <summary>Whether this replica runs the schedule (every replica may: the database keeps each digest single).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Cron expressions (five fields, Asia/Shanghai) of the weekly and monthly runs; each reports on the
    /// period that ended before it. The campaign summary has none: the campaign calendar dates it.
    /// </summary>
    public Dictionary<string, string> Schedules { get; set; } = new()
    {
        [DigestKinds.Weekly] = "0 8 * * 1",
        [DigestKinds.Monthly] = "0 8 1 * *",
    };

    /// <summary>
    /// Runs missed since this day are caught up at start; empty means the last <see cref="CatchUpDays"/>
    /// days, so a first start does not produce every digest of the year at once.
    /// </summary>
    public DateOnly? CatchUpFrom { get; set; }

    /// <summary>How far back a start looks for missed runs when <see cref="CatchUpFrom"/> is empty.</summary>
    public int CatchUpDays { get; set; } = 45;

    /// <summary>
    /// Wait after start before the first run, so events that queued in the broker while the service was
    /// down are projected before the missed digests are produced (later data makes a new version).
    /// </summary>
    public TimeSpan StartDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>When set, each new digest is also written here as JSON, Markdown and HTML.</summary>
    public string? OutputFolder { get; set; }
}
