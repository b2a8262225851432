using Volunteer.Contracts.Auth;

namespace Volunteer.AppHost.Auth;

internal static class TokenCommandExtensions
{
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(12);

    /// <summary>A dashboard command that mints a development token for a role and union.</summary>
    public static IResourceBuilder<ParameterResource> WithMintTokenCommand(this IResourceBuilder<ParameterResource> signingKey)
    {
        return signingKey.WithCommand("mint-token", "Mint development token", async context =>
        {
            var role = context.Arguments["role"].Value ?? PlatformRoles.ProvincialAdmin;
            var unionId = context.Arguments["union"].Value is { Length: > 0 } union ? union : null;
            if (unionId is not null && !Guid.TryParse(unionId, out _))
            {
                return CommandResults.Failure("The union must be a union's id (a UUID), as GetUnion shows it.");
            }

            var subject = context.Arguments["subject"].Value is { Length: > 0 } s ? s : $"dev-{role}";
            var key = await signingKey.Resource.GetValueAsync(context.CancellationToken);
            var token = SigningKeyExtensions.CreateIssuer(key!).Issue(subject, role, unionId, TokenLifetime);
            return CommandResults.Success($"Token for {role} valid {TokenLifetime.TotalHours:F0} h", token, CommandResultFormat.Text, displayImmediately: true);
        },
        new CommandOptions
        {
            Description = "Signs a bearer token for calling the gRPC API (header: authorization: Bearer <token>).",
            IconName = "Key",
            Arguments =
            [
                new InteractionInput
                {
                    Name = "role",
                    Label = "Role",
                    InputType = InputType.Choice,
                    Required = true,
                    Options = [.. PlatformRoles.All.Select(r => KeyValuePair.Create(r, r))],
                    Value = PlatformRoles.ProvincialAdmin,
                },
                new InteractionInput { Name = "union", Label = "Union id (optional)", InputType = InputType.Text },
                new InteractionInput { Name = "subject", Label = "Subject (optional)", InputType = InputType.Text },
            ],
        });
    }
}
