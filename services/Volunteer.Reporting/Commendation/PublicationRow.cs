namespace Volunteer.Reporting.Commendation;

/// <summary>One published version of a campaign year's commendation list; versions only add awards.</summary>
public sealed class PublicationRow
{
    public Guid Id { get; set; }

    public int CampaignYear { get; set; }

    public int Version { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public required string PublishedBy { get; set; }

    public required string RequestId { get; set; }
}
