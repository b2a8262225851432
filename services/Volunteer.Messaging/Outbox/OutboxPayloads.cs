using System.Text.Json;

namespace Volunteer.Messaging.Outbox;

/// <summary>How the relay reads an outbox row's payload back into its event.</summary>
internal static class OutboxPayloads
{
    // The error names where reading stopped, never the content: the payload may hold personal data.
    public static object Read(string payload, Type type)
    {
        try
        {
            return JsonSerializer.Deserialize(payload, type, JsonSerializerOptions.Web)
                ?? throw new UnpublishableMessageException($"The payload of a {type.Name} is null.");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            var path = (e as JsonException)?.Path;
            throw new UnpublishableMessageException(
                $"The payload does not read as {type.Name} ({e.GetType().Name} at {path ?? "$"}).", e);
        }
    }
}
