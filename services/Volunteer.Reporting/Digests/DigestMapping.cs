using Google.Protobuf.WellKnownTypes;
using Proto = Volunteer.Contracts.Reporting.V1;

namespace Volunteer.Reporting.Digests;

public static class DigestMapping
{
    /// <param name="today">Tells whether the digest is final yet.</param>
    public static Proto.Digest ToProto(this DigestRow d, DateOnly today) => new()
    {
        Id = d.Id.ToString(),
        Kind = ToProto(d.Kind),
        UnionId = d.ScopeKey == DigestProducer.Province ? "" : d.UnionId?.ToString() ?? "",
        ScopeName = d.ScopeName,
        PeriodStart = d.PeriodStart.ToString("yyyy-MM-dd"),
        PeriodEnd = d.PeriodEnd.ToString("yyyy-MM-dd"),
        ProducedAt = Timestamp.FromDateTimeOffset(d.ProducedAt),
        Trigger = d.Trigger,
        AmendedAt = d.AmendedAt is { } amended ? Timestamp.FromDateTimeOffset(amended) : null,
        Version = d.Version,
        Final = today >= d.FinalFrom,
        FinalFrom = d.FinalFrom.ToString("yyyy-MM-dd"),
        // A later version exists only because newer data arrived, which marks this one.
        NewerData = d.AmendedAt is not null,
    };

    public static Proto.DigestKind ToProto(string kind) => kind switch
    {
        DigestKinds.Weekly => Proto.DigestKind.Weekly,
        DigestKinds.Monthly => Proto.DigestKind.Monthly,
        DigestKinds.CampaignSummary => Proto.DigestKind.CampaignSummary,
        _ => Proto.DigestKind.Unspecified,
    };

    public static string? FromProto(Proto.DigestKind kind) => kind switch
    {
        Proto.DigestKind.Weekly => DigestKinds.Weekly,
        Proto.DigestKind.Monthly => DigestKinds.Monthly,
        Proto.DigestKind.CampaignSummary => DigestKinds.CampaignSummary,
        _ => null,
    };

    public static DigestFormat FromProto(Proto.DigestFormat format) => format switch
    {
        Proto.DigestFormat.Markdown => DigestFormat.Markdown,
        Proto.DigestFormat.Html => DigestFormat.Html,
        _ => DigestFormat.Json,
    };

    public static DigestLanguage FromProto(Proto.DigestLanguage language) =>
        language == Proto.DigestLanguage.En ? DigestLanguage.English : DigestLanguage.Chinese;
}
