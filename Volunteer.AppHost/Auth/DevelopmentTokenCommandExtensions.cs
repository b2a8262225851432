using Volunteer.Contracts.Auth;

namespace Volunteer.AppHost.Auth;

internal static class DevelopmentTokenCommandExtensions
{
    /// <summary>A dashboard command on the identity service: a development token for a role and union.</summary>
    public static IResourceBuilder<ProjectResource> WithDevelopmentTokenCommand(
        this IResourceBuilder<ProjectResource> service, IdentityProvider identity,
        IResourceBuilder<ParameterResource> developmentSecret) =>
        service.WithCommand("development-token", "Get development token", async context =>
        {
            var role = context.Arguments["role"].Value ?? PlatformRoles.ProvincialAdmin;
            var parameters = new Dictionary<string, string> { ["role"] = role };
            if (context.Arguments["union"].Value is { Length: > 0 } union)
            {
                parameters["union_id"] = union;
            }

            if (context.Arguments["subject"].Value is { Length: > 0 } subject)
            {
                parameters["subject"] = subject;
            }

            try
            {
                var token = await identity.ForDevelopmentAsync(developmentSecret, parameters, context.CancellationToken);
                return CommandResults.Success($"Token for {role}", token, CommandResultFormat.Text, displayImmediately: true);
            }
            catch (InvalidOperationException e)
            {
                return CommandResults.Failure(e.Message);
            }
        },
        new CommandOptions
        {
            Description = "A bearer token from the identity service's development grant (header: authorization: Bearer <token>).",
            IconName = "Key",
            Arguments =
            [
                new InteractionInput
                {
                    Name = "role", Label = "Role", InputType = InputType.Choice, Required = true,
                    Options = [.. PlatformRoles.All.Select(r => KeyValuePair.Create(r, r))],
                    Value = PlatformRoles.ProvincialAdmin,
                },
                new InteractionInput { Name = "union", Label = "Union id (for union roles)", InputType = InputType.Text },
                new InteractionInput { Name = "subject", Label = "Subject (a volunteer id for captains and volunteers)", InputType = InputType.Text },
            ],
        });
}
