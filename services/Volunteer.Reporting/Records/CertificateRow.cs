namespace Volunteer.Reporting.Records;

/// <summary>
/// An issued certificate (志愿服务证明) exactly as stated, so verification shows what was issued even
/// if the record changes later.
/// </summary>
public sealed class CertificateRow
{
    public required string Number { get; set; }

    public Guid VolunteerId { get; set; }

    public required string MaskedName { get; set; }

    public Guid UnionId { get; set; }

    public required string Issuer { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public decimal TotalHours { get; set; }

    public int Activities { get; set; }

    public required string Content { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    public required string RequestId { get; set; }

    /// <summary>When the certificate stopped standing; verification reports it from then on.</summary>
    public DateTimeOffset? RevokedAt { get; set; }

    public string RevocationReason { get; set; } = "";

    /// <summary>Token subject of the admin who revoked it.</summary>
    public string RevokedBy { get; set; } = "";
}
