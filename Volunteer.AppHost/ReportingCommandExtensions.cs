using Grpc.Core;
using Grpc.Net.Client;
using Volunteer.AppHost.Auth;
using Volunteer.Contracts.Reporting.V1;

namespace Volunteer.AppHost;

/// <summary>Routine reporting actions for ops staff, as dashboard commands on the reporting resource.</summary>
internal static class ReportingCommandExtensions
{
    public static IResourceBuilder<ProjectResource> WithReportingCommands(
        this IResourceBuilder<ProjectResource> reporting, IdentityProvider identity)
    {
        reporting.WithCommand("generate-digest", "Generate digest now", async context =>
        {
            var kind = Enum.Parse<DigestKind>(context.Arguments["kind"].Value ?? nameof(DigestKind.Monthly));
            var day = context.Arguments["day"].Value is { Length: > 0 } given
                ? given : DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");
            try
            {
                var reply = await CallAsync(reporting, identity, (client, headers) => client.GenerateDigestAsync(
                    new GenerateDigestRequest { Kind = kind, PeriodDay = day }, headers,
                    cancellationToken: context.CancellationToken).ResponseAsync, context.CancellationToken);
                var digest = reply.Digest;
                return CommandResults.Success($"{(reply.Created ? "Produced" : "Already there")}: "
                    + $"{digest.Kind} {digest.PeriodStart}–{digest.PeriodEnd}, id {digest.Id}");
            }
            catch (RpcException e) when (e.StatusCode is StatusCode.FailedPrecondition or StatusCode.InvalidArgument)
            {
                // The service's own sentence (why this period has no digest yet) is what the operator needs.
                return CommandResults.Failure(e.Status.Detail);
            }
        },
        new CommandOptions
        {
            Description = "Produces the province-wide digest for the period holding a day, "
                + "or returns the one produced before.",
            IconName = "DocumentBulletList",
            Arguments =
            [
                new InteractionInput
                {
                    Name = "kind", Label = "Kind", InputType = InputType.Choice, Required = true,
                    Value = nameof(DigestKind.Monthly),
                    Options = [.. new[] { DigestKind.Weekly, DigestKind.Monthly, DigestKind.CampaignSummary }
                        .Select(k => KeyValuePair.Create(k.ToString(), k.ToString()))],
                },
                new InteractionInput
                {
                    Name = "day", Label = "A day in the period (YYYY-MM-DD; today if empty)",
                    InputType = InputType.Text,
                },
            ],
        });

        return reporting.WithCommand("rebuild-read-models", "Rebuild read models", async context =>
        {
            var reply = await CallAsync(reporting, identity, (client, headers) => client.RebuildReadModelsAsync(
                new RebuildReadModelsRequest(), headers, cancellationToken: context.CancellationToken).ResponseAsync,
                context.CancellationToken);
            return CommandResults.Success($"Rebuilt from {reply.EventsReplayed} events");
        },
        new CommandOptions
        {
            Description = "Empties reporting's read models and replays every event it has projected; "
                + "consumption pauses meanwhile.",
            IconName = "ArrowSync",
            ConfirmationMessage = "Rebuild reporting's read models from its event log now?",
        });
    }

    // Acts as the dashboard's operator client (a provincial admin) with a token from the identity service.
    private static async Task<T> CallAsync<T>(IResourceBuilder<ProjectResource> reporting, IdentityProvider identity,
        Func<ReportingService.ReportingServiceClient, Metadata, Task<T>> call, CancellationToken cancellationToken)
    {
        var token = await identity.ForOperatorAsync(cancellationToken);
        using var channel = GrpcChannel.ForAddress(reporting.GetEndpoint("grpc").Url);
        return await call(new ReportingService.ReportingServiceClient(channel),
            new Metadata { { "authorization", $"Bearer {token}" } });
    }
}
