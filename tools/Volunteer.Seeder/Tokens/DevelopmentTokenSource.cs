using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Volunteer.Contracts.Auth;
using Volunteer.Seeder.Seeding;

namespace Volunteer.Seeder.Tokens;

/// <summary>
/// Tokens from the identity service's development-only grant, which acts as any subject with any one
/// grant: the demo needs thousands of volunteers who have no accounts. The identity service offers the
/// grant only in Development, and only to the development client.
/// </summary>
public sealed class DevelopmentTokenSource(
    HttpClient http, IOptions<IdentityClientOptions> options, TimeProvider timeProvider)
    : ITokenSource
{
    public const string GrantType = "urn:volunteer:grant-type:development";

    // The seeding steps ask synchronously as they build each call; HttpClient.Send is a real synchronous call.
    public IssuedToken Issue(string subject, RoleGrant grant)
    {
        var settings = options.Value;
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = GrantType,
            ["client_id"] = settings.ClientId,
            ["client_secret"] = settings.ClientSecret,
            ["scope"] = PlatformClaims.ApiScope,
            ["subject"] = subject,
            ["role"] = grant.Role,
        };
        if (grant.UnionId is { } union)
        {
            form["union_id"] = union.ToString();
        }

        var deadline = timeProvider.GetUtcNow() + Patience.Limit;
        while (true)
        {
            var endpoint = new Uri(new Uri(settings.Authority), "connect/token");
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
            {
                Content = new FormUrlEncodedContent(form),
            };
            using var response = http.Send(request);
            // Sign-ins are limited per address; the demo waits its turn like any client.
            if (response.StatusCode == HttpStatusCode.TooManyRequests && timeProvider.GetUtcNow() < deadline)
            {
                Thread.Sleep(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                continue;
            }

            response.EnsureSuccessStatusCode();
            var body = JsonSerializer.Deserialize<TokenResponse>(response.Content.ReadAsStream())
                ?? throw new InvalidOperationException("The identity service answered without a token.");
            return new IssuedToken(body.AccessToken, timeProvider.GetUtcNow().AddSeconds(body.ExpiresIn));
        }
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
