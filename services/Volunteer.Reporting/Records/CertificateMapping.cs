using Google.Protobuf.WellKnownTypes;
using Proto = Volunteer.Contracts.Reporting.V1;

namespace Volunteer.Reporting.Records;

public static class CertificateMapping
{
    public static Proto.Certificate ToProto(this CertificateRow c, string code) => new()
    {
        Number = c.Number,
        VerificationCode = code,
        VolunteerId = c.VolunteerId.ToString(),
        MaskedName = c.MaskedName,
        PeriodStart = c.PeriodStart.ToString("yyyy-MM-dd"),
        PeriodEnd = c.PeriodEnd.ToString("yyyy-MM-dd"),
        TotalHours = (double)c.TotalHours,
        Activities = c.Activities,
        Content = c.Content,
        Issuer = c.Issuer,
        IssuedAt = Timestamp.FromDateTimeOffset(c.IssuedAt),
        RevokedAt = c.RevokedAt is { } revokedAt ? Timestamp.FromDateTimeOffset(revokedAt) : null,
        RevocationReason = c.RevocationReason,
    };
}
