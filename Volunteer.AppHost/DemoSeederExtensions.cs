using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.AppHost.Auth;

namespace Volunteer.AppHost;

internal static class DemoSeederExtensions
{
    /// <summary>
    /// The demo campaign seeder: runs once the services are healthy, fills them through their public APIs
    /// and exits. It is idempotent, so it runs on every start ("Seeder:RunOnStart", default true) and
    /// again from its "Seed demo data" command; what is there already is left as it is.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddDemoSeeder(
        this IDistributedApplicationBuilder builder,
        IdentityProvider identity,
        IResourceBuilder<ParameterResource> developmentSecret,
        params IResourceBuilder<ProjectResource>[] services)
    {
        // The demo acts as thousands of volunteers without accounts: through the development grant.
        var seeder = builder.AddProject<Projects.Volunteer_Seeder>("seeder")
            .WithEnvironment("Seeder__Identity__Authority", identity.Issuer)
            .WithEnvironment("Seeder__Identity__ClientSecret", developmentSecret)
            .WithEnvironment("Seeder__Seed", builder.Configuration["Seeder:Seed"] ?? "2018")
            .WithEnvironment("Seeder__Scale", builder.Configuration["Seeder:Scale"] ?? "1");
        if (builder.Configuration["Seeder:Teams"] is { } teams)
        {
            seeder.WithEnvironment("Seeder__Teams", teams);
        }

        seeder.WithReference(identity.Service).WaitFor(identity.Service);
        foreach (var service in services)
        {
            seeder.WithReference(service).WaitFor(service);
        }

        if (!builder.Configuration.GetValue("Seeder:RunOnStart", defaultValue: true))
        {
            seeder.WithExplicitStart();
        }

        return seeder.WithCommand("seed-demo", "Seed demo data",
            async context => await context.Services.GetRequiredService<ResourceCommandService>()
                .ExecuteCommandAsync(seeder.Resource, KnownResourceCommands.StartCommand, context.CancellationToken),
            new CommandOptions
            {
                Description = "Runs the seeder again: the demo 2018 campaign through the public gRPC APIs; nothing is added twice.",
                IconName = "DatabaseArrowUp",
                UpdateState = context => context.ResourceSnapshot.State?.Text == KnownResourceStates.Running
                    ? ResourceCommandState.Disabled
                    : ResourceCommandState.Enabled,
            });
    }
}
