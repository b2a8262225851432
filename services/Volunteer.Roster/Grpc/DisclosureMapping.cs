using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Volunteer.Roster.Disclosures;
using Volunteer.Roster.Exports;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Grpc;

public static class DisclosureMapping
{
    // Small enough for any client's default message limit, large enough to need few messages.
    private const int ChunkBytes = 64 * 1024;

    /// <summary>The file in chunks; only the first names the content type and a file name.</summary>
    public static IEnumerable<(string ContentType, string FileName, ByteString Chunk)> ToChunks(this ExportFile file)
    {
        for (var offset = 0; offset == 0 || offset < file.Content.Length; offset += ChunkBytes)
        {
            var chunk = ByteString.CopyFrom(file.Content, offset, Math.Min(ChunkBytes, file.Content.Length - offset));
            yield return offset == 0 ? (file.ContentType, file.FileName, chunk) : ("", "", chunk);
        }
    }

    public static Proto.AuditEntry ToProto(this Disclosure disclosure) => new()
    {
        Id = disclosure.Id.ToString(),
        Kind = (Proto.DisclosureKind)disclosure.Kind,
        ActorSubject = disclosure.ActorSubject,
        ActorRole = disclosure.ActorRole,
        CreateTime = Timestamp.FromDateTimeOffset(disclosure.At),
        VolunteerId = disclosure.VolunteerId?.ToString() ?? "",
        UnionId = disclosure.UnionId.ToString(),
        PeriodStart = disclosure.PeriodStart?.ToString("yyyy-MM-dd") ?? "",
        PeriodEnd = disclosure.PeriodEnd?.ToString("yyyy-MM-dd") ?? "",
        Format = (Proto.ExportFormat)(disclosure.Format ?? 0),
        RowCount = disclosure.RowCount,
        PolicyId = disclosure.PolicyId?.ToString() ?? "",
        ActivityId = disclosure.ActivityId?.ToString() ?? "",
        Reason = disclosure.Reason ?? "",
    };
}
