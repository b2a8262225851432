using System.Buffers.Text;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using Volunteer.Identity.Tests.Support;

namespace Volunteer.Identity.Tests;

/// <summary>The identity service outside Development: configured keys, no development grant.</summary>
public sealed class ProductionTests(ProductionIdentityHost host) : IClassFixture<ProductionIdentityHost>
{
    [Fact]
    public async Task The_development_grant_is_refused_outside_development()
    {
        var answer = await host.TokenEndpoint.RequestAsync(new()
        {
            ["grant_type"] = TokenClient.DevelopmentGrantType, ["client_id"] = "volunteer-development",
            ["client_secret"] = TokenClient.DevelopmentSecret, ["role"] = "provincial-admin",
        });

        Assert.Equal("unsupported_grant_type", answer.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Tokens_are_signed_with_the_current_key_while_the_previous_one_is_still_published()
    {
        var answer = await host.TokenEndpoint.ClientCredentialsAsync("volunteer-operator", IdentityHost.OperatorSecret);
        var token = answer.GetProperty("access_token").GetString()!;
        using var http = new HttpClient();
        var keySet = await http.GetFromJsonAsync<JsonElement>(new Uri(host.Issuer, "/.well-known/jwks"));

        var kids = keySet.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).ToList();
        var previous = Base64UrlEncoder.Encode(
            new RsaSecurityKey(host.PreviousSigningKey.ExportParameters(false)).ComputeJwkThumbprint());
        var header = JsonDocument.Parse(Base64Url.DecodeFromChars(token.Split('.')[0])).RootElement;
        Assert.Equal(2, kids.Count);
        Assert.Contains(previous, kids);
        Assert.Equal("RS256", header.GetProperty("alg").GetString());
        Assert.Contains(header.GetProperty("kid").GetString(), kids);
        Assert.NotEqual(previous, header.GetProperty("kid").GetString());
        Assert.DoesNotContain(keySet.GetProperty("keys").EnumerateArray(), k => k.TryGetProperty("d", out _));
    }
}
