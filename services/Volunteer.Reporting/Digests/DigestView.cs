using System.Globalization;
using Volunteer.Reporting.Figures;

namespace Volunteer.Reporting.Digests;

/// <summary>A digest laid out in words for one language; Markdown and HTML only differ in markup.</summary>
public sealed record DigestView(
    string Title,
    string Period,
    IReadOnlyList<FigureRow> Figures,
    IReadOnlyList<(string Title, IReadOnlyList<string> Lines)> Sections,
    DigestContent Content,
    DigestLanguage Language)
{
    public string Word(string key) => DigestText.Of(key, Language);

    public static DigestView Of(DigestContent c, DigestLanguage language)
    {
        string W(string key) => DigestText.Of(key, language);
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (now, before) = (c.Figures, c.Previous);
        FigureRow Row(string key, Func<CampaignFigures, decimal> value, Func<CampaignFigures, string>? target = null) =>
            new(W(key), value(now), value(before), target?.Invoke(now));
        var (open, close, colon, comma) = language == DigestLanguage.English ? (" (", ")", ": ", ", ") : ("（", "）", "：", "，");
        string ActivityText(ActivityLine a) => $"{a.Name}{open}{a.UnionName}{comma}{W(a.Form)}{comma}{Day(a.StartsOn)}{close}";
        // The content keeps safety's reason codes; each reader sees them in words of their language.
        string Reasons(string codes) => string.Join(comma,
            codes.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(W));
        IReadOnlyList<string> OrNone(IEnumerable<string> lines) => lines.ToList() is { Count: > 0 } list ? list : [W("none")];

        return new DigestView(
            $"{c.ScopeName} {W(c.Kind)}",
            $"{W("period")}: {Day(c.PeriodStart)} {W("to")} {Day(c.PeriodEnd)}",
            [
                Row("active-teams", f => f.ActiveTeams, f => $"/ {f.TeamTarget}"),
                Row("vetted-people", f => f.VettedPeople, f => $"/ {f.PeopleTarget}"),
                Row("activities", f => f.Activities),
                Row("service-hours", f => f.ServiceHours),
                Row("recorded-hours", f => f.RecordedHours),
                Row("volunteers-served", f => f.VolunteersServed),
                Row("beneficiaries", f => f.Beneficiaries),
                Row("donation-value", f => f.DonationValue),
                Row("spending", f => f.SpendingBySource.Sum(s => s.Value)),
                Row("incidents", f => f.IncidentsBySeverity.Sum(s => s.Count)),
                Row("uncleared", f => f.UnclearedUpcoming),
                Row("overdue", f => f.OverdueRecords),
            ],
            [
                (W("top-teams"), OrNone(c.TopTeams.Select(t => $"{t.Name}{open}{t.UnionName}{close}{colon}{t.Hours.ToString("0.##", CultureInfo.InvariantCulture)} {W("hours")}{comma}{t.Activities} {W("activities")}"))),
                (W("notable"), OrNone(c.NotableActivities.Select(a => $"{ActivityText(a)}{colon}{W("beneficiaries")} {a.Beneficiaries}"))),
                (W("cases"), OrNone(c.Cases.Select(k => $"{k.ActivityName}{open}{k.UnionName}{close}{colon}{k.Story} {W("innovation")}{colon}{k.Innovation} {W("results")}{colon}{k.Results}"))),
                (W("incident-list"), OrNone(c.Incidents.Select(i => $"{i.ActivityName}{open}{i.UnionName}{close}{colon}{W(i.Severity)}{comma}{Day(i.OccurredOn)}{comma}{W(i.Closed ? "closed" : "open")}"))),
                (W("overdue-list"), OrNone(c.OverdueRecords.Select(a => $"{ActivityText(a)}{colon}{W("due")} {a.Note}"))),
                (W("uncleared-list"), OrNone(c.UnclearedActivities.Select(a => $"{ActivityText(a)}{colon}{Reasons(a.Note)}"))),
                // Only summaries after a publication carry awards; other digests keep their sections.
                .. c.Awards is { Count: > 0 } awards
                    ? [(W("awards"), awards.Select(a =>
                        $"{a.Title}{colon}{a.Name}{open}{a.UnionName}{close}").ToList())]
                    : Array.Empty<(string, IReadOnlyList<string>)>(),
            ],
            c,
            language);
    }
}

/// <summary>One figure this period and the period before; Target follows the figure where it has one ("/ 100").</summary>
public sealed record FigureRow(string Label, decimal Current, decimal Previous, string? Target)
{
    public string CurrentText => Format(Current) + (Target is null ? "" : " " + Target);

    public string PreviousText => Format(Previous);

    public string ChangeText => (Current - Previous) switch
    {
        > 0 and var up => "+" + Format(up),
        var other => Format(other),
    };

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
