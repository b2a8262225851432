using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Web;
using Microsoft.AspNetCore.WebUtilities;

namespace Volunteer.Identity.Tests.Support;

/// <summary>The console's sign-in: authorization code with PKCE, then the code exchanged and refreshed.</summary>
public sealed class CodeFlow(Uri issuer, string redirectUri)
{
    public const string Scopes = "openid profile offline_access volunteer-api";

    private readonly TokenClient _tokens = new(issuer);

    public string Verifier { get; } = Base64UrlTextEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    public string AuthorizePath => QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
    {
        ["client_id"] = "volunteer-console", ["response_type"] = "code", ["scope"] = Scopes,
        ["redirect_uri"] = redirectUri, ["state"] = "state-1",
        ["code_challenge"] = Base64UrlTextEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier))),
        ["code_challenge_method"] = "S256",
    });

    public static string CodeOf(Uri redirect) => HttpUtility.ParseQueryString(redirect.Query)["code"] ?? "";

    public Task<JsonElement> ExchangeAsync(string code) => _tokens.RequestAsync(new()
    {
        ["grant_type"] = "authorization_code", ["client_id"] = "volunteer-console", ["code"] = code,
        ["redirect_uri"] = redirectUri, ["code_verifier"] = Verifier,
    });

    public Task<JsonElement> RefreshAsync(string refreshToken) => _tokens.RequestAsync(new()
    {
        ["grant_type"] = "refresh_token", ["client_id"] = "volunteer-console", ["refresh_token"] = refreshToken,
    });

    /// <summary>Signs in on the pages (no second factor) and returns the tokens.</summary>
    public async Task<JsonElement> SignInAsync(string userName, string password)
    {
        using var pages = new PageClient(issuer);
        await pages.GetAsync(AuthorizePath);
        await pages.SignInAsync(userName, password);
        return await ExchangeAsync(CodeOf(pages.Location));
    }
}
