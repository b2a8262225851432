namespace Volunteer.Reporting.Digests;

/// <summary>Digests of one page and the token for the next ("" on the last page).</summary>
public sealed record DigestPage(IReadOnlyList<DigestRow> Digests, string NextPageToken);
