using Volunteer.Identity.Tests.Support;

namespace Volunteer.Identity.Tests;

/// <summary>Outside Development the development grant does not exist, whatever the request carries.</summary>
public sealed class DevelopmentGrantTests(ProductionIdentityHost host) : IClassFixture<ProductionIdentityHost>
{
    [Fact]
    public async Task The_development_grant_is_refused_outside_development()
    {
        var answer = await host.TokenEndpoint.RequestAsync(new()
        {
            ["grant_type"] = Tokens.DevelopmentGrantType, ["client_id"] = "volunteer-development",
            ["client_secret"] = IdentityHost.DevelopmentSecret, ["role"] = "provincial-admin",
        });

        Assert.Equal("unsupported_grant_type", answer.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Service_clients_still_get_tokens_outside_development()
    {
        var answer = await host.TokenEndpoint.ClientCredentialsAsync("volunteer-operator", IdentityHost.OperatorSecret);

        Assert.True(answer.TryGetProperty("access_token", out _));
    }
}
