using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Volunteer.Contracts.Auth;
using Volunteer.Identity.Clients;
using Volunteer.Identity.Keys;

namespace Volunteer.Identity.SignUp;

/// <summary>
/// The registrar token this service gets from itself by client credentials, as any service client would,
/// and keeps until shortly before it expires.
/// </summary>
public sealed class RegistrarToken(IHttpClientFactory clients, IOptions<IdentityKeyOptions> settings,
    RegistrarSecret secret, TimeProvider time)
{
    public const string HttpClientName = "registrar-token";

    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(2);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset Until)? _current;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is not { } current || current.Until <= time.GetUtcNow())
            {
                current = await RequestAsync(cancellationToken);
                _current = current;
            }

            return current.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<(string, DateTimeOffset)> RequestAsync(CancellationToken cancellationToken)
    {
        using var http = clients.CreateClient(HttpClientName);
        var endpoint = new Uri(new Uri(settings.Value.Issuer.TrimEnd('/') + "/"), "connect/token");
        using var response = await http.PostAsync(endpoint, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = ClientIds.Registrar,
            ["client_secret"] = secret.Value,
            ["scope"] = PlatformClaims.ApiScope,
        }), cancellationToken);
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
            ?? throw new InvalidOperationException("The token endpoint answered without a token.");
        return (token.AccessToken, time.GetUtcNow() + TimeSpan.FromSeconds(token.ExpiresIn) - Margin);
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
