using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Volunteer.AppHost.Auth;

/// <summary>Access tokens the AppHost asks the identity service for, as a client of it.</summary>
internal static class IdentityTokens
{
    public const string DevelopmentGrantType = "urn:volunteer:grant-type:development";
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>A provincial-admin token for a dashboard command (client credentials).</summary>
    public static async Task<string> ForOperatorAsync(
        this IdentityProvider identity, CancellationToken cancellationToken) =>
        await RequestAsync(identity, new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = IdentityProvider.OperatorClientId,
            ["client_secret"] = (await identity.OperatorSecret.Resource.GetValueAsync(cancellationToken))!,
            ["scope"] = "volunteer-api",
        }, cancellationToken);

    /// <summary>A token for any subject with one grant, from the development-only grant.</summary>
    public static async Task<string> ForDevelopmentAsync(this IdentityProvider identity,
        IResourceBuilder<ParameterResource> developmentSecret, Dictionary<string, string> parameters,
        CancellationToken cancellationToken)
    {
        parameters["grant_type"] = DevelopmentGrantType;
        parameters["client_id"] = IdentityProvider.DevelopmentClientId;
        parameters["client_secret"] = (await developmentSecret.Resource.GetValueAsync(cancellationToken))!;
        parameters["scope"] = "volunteer-api";
        return await RequestAsync(identity, parameters, cancellationToken);
    }

    private static async Task<string> RequestAsync(IdentityProvider identity, Dictionary<string, string> form,
        CancellationToken cancellationToken)
    {
        var address = new Uri(new Uri(identity.Issuer.Url), "connect/token");
        using var response = await Http.PostAsync(address, new FormUrlEncodedContent(form), cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
        return response.IsSuccessStatusCode && body?.AccessToken is { } token
            ? token
            : throw new InvalidOperationException("The identity service refused the token request: "
                + (body?.ErrorDescription ?? body?.Error ?? response.ReasonPhrase));
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("error")] string? Error,
        [property: JsonPropertyName("error_description")] string? ErrorDescription);
}
