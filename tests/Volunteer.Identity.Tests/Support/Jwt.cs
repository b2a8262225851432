using System.Buffers.Text;
using System.Text.Json;

namespace Volunteer.Identity.Tests.Support;

/// <summary>Reads a JWT's payload without checking it: the tests look at what the issuer put in.</summary>
public static class Jwt
{
    public static JsonElement Payload(string token) =>
        JsonDocument.Parse(Base64Url.DecodeFromChars(token.Split('.')[1])).RootElement;

    public static string[] Grants(string token) =>
        Payload(token).TryGetProperty("grant", out var grants)
            ? grants.ValueKind == JsonValueKind.Array
                ? [.. grants.EnumerateArray().Select(g => g.GetString()!)]
                : [grants.GetString()!]
            : [];
}
