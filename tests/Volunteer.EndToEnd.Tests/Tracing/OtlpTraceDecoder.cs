using Google.Protobuf;

namespace Volunteer.EndToEnd.Tests.Tracing;

/// <summary>
/// Reads the few fields the tests need from an OTLP ExportTraceServiceRequest (opentelemetry-proto
/// trace/v1): resource_spans(1) → resource(1).attributes(1) (service name and instance) and
/// scope_spans(2).spans(2) → trace_id(1),
/// name(5), kind(6). Every other field is skipped, so no generated OTLP classes are needed.
/// </summary>
internal static class OtlpTraceDecoder
{
    public static IEnumerable<ReceivedSpan> Decode(ByteString request)
    {
        foreach (var resourceSpans in Messages(request, 1))
        {
            var service = ResourceAttribute(resourceSpans, "service.name");
            var instance = ResourceAttribute(resourceSpans, "service.instance.id");
            foreach (var span in Messages(resourceSpans, 2).SelectMany(scopeSpans => Messages(scopeSpans, 2)))
            {
                var fields = Read(span);
                var traceId = fields.FirstOrDefault(f => f.Number == 1).Bytes ?? ByteString.Empty;
                var name = fields.FirstOrDefault(f => f.Number == 5).Bytes?.ToStringUtf8() ?? "";
                var kind = (int)fields.FirstOrDefault(f => f.Number == 6).Varint;
                yield return new ReceivedSpan(service, Convert.ToHexStringLower(traceId.ToByteArray()), name, kind)
                {
                    Instance = instance,
                };
            }
        }
    }

    private static string ResourceAttribute(ByteString resourceSpans, string key) =>
        Messages(resourceSpans, 1).SelectMany(resource => Messages(resource, 1))
            .Where(attribute => Text(attribute, 1) == key)
            .Select(attribute => Messages(attribute, 2).Select(value => Text(value, 1)).FirstOrDefault())
            .FirstOrDefault() ?? "";

    private static IEnumerable<ByteString> Messages(ByteString message, int number) =>
        Read(message).Where(f => f.Number == number && f.Bytes is not null).Select(f => f.Bytes!);

    private static string? Text(ByteString message, int number) =>
        Read(message).FirstOrDefault(f => f.Number == number).Bytes?.ToStringUtf8();

    private static List<(int Number, ByteString? Bytes, ulong Varint)> Read(ByteString message)
    {
        var fields = new List<(int, ByteString?, ulong)>();
        var input = message.CreateCodedInput();
        for (var tag = input.ReadTag(); tag != 0; tag = input.ReadTag())
        {
            var number = WireFormat.GetTagFieldNumber(tag);
            switch (WireFormat.GetTagWireType(tag))
            {
                case WireFormat.WireType.LengthDelimited:
                    fields.Add((number, input.ReadBytes(), 0));
                    break;
                case WireFormat.WireType.Varint:
                    fields.Add((number, null, input.ReadUInt64()));
                    break;
                default:
                    input.SkipLastField();
                    break;
            }
        }

        return fields;
    }
}
