using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Volunteer.Contracts.Auth;

namespace Volunteer.Identity.Tests.Support;

/// <summary>Tokens from the identity service's token endpoint, as clients get them.</summary>
public sealed class TokenClient(Uri issuer)
{
    public const string DevelopmentGrantType = "urn:volunteer:grant-type:development";
    public const string DevelopmentSecret = "development-secret-for-tests";

    /// <summary>A token for one grant through the development grant (Development only).</summary>
    public async Task<string> DevelopmentAsync(string role, string? unionId = null, string? subject = null)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = DevelopmentGrantType, ["client_id"] = "volunteer-development",
            ["client_secret"] = DevelopmentSecret, ["role"] = role,
        };
        if (unionId is not null)
        {
            form["union_id"] = unionId;
        }

        if (subject is not null)
        {
            form["subject"] = subject;
        }

        return (await RequestAsync(form)).GetProperty("access_token").GetString()!;
    }

    public async Task<Metadata> BearerAsync(string role, string? unionId = null, string? subject = null) =>
        new() { { "authorization", $"Bearer {await DevelopmentAsync(role, unionId, subject)}" } };

    public Task<JsonElement> ClientCredentialsAsync(string clientId, string secret) => RequestAsync(new()
    {
        ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
        ["scope"] = PlatformClaims.ApiScope,
    });

    /// <summary>The token endpoint's answer, successful or not (then it holds "error").</summary>
    public async Task<JsonElement> RequestAsync(Dictionary<string, string> form)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(issuer, "/connect/token"), new FormUrlEncodedContent(form));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
