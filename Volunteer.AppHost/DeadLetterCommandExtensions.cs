using System.Net.Http.Headers;
using System.Net.Http.Json;
using Volunteer.AppHost.Auth;
using Volunteer.Contracts.Operations;

namespace Volunteer.AppHost;

/// <summary>The "Retry dead-lettered events" command on a platform service's row of the dashboard.</summary>
internal static class DeadLetterCommandExtensions
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    // Through the service's own endpoint, as a provincial admin: the service owns its outbox and its
    // schema, and the endpoint refuses anyone else.
    public static IResourceBuilder<ProjectResource> WithRetryDeadLettersCommand(
        this IResourceBuilder<ProjectResource> service, IdentityProvider identity) =>
        service.WithCommand("retry-dead-letters", "Retry dead-lettered events", async context =>
        {
            var address = new Uri(new Uri(service.GetEndpoint("http").Url), OperationsPaths.RetryDeadLetters);
            using var request = new HttpRequestMessage(HttpMethod.Post, address);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
                await identity.ForOperatorAsync(context.CancellationToken));
            using var response = await Http.SendAsync(request, context.CancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return CommandResults.Failure(
                    $"The service answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            var reply = await response.Content.ReadFromJsonAsync<DeadLettersRetried>(context.CancellationToken);
            return CommandResults.Success($"{reply?.Retried ?? 0} dead-lettered events put back in line");
        },
        new CommandOptions
        {
            Description =
                "Puts the outbox events this service set aside as unpublishable back in line, ahead of the rest.",
            IconName = "ArrowRepeatAll",
            ConfirmationMessage = "Publish this service's dead-lettered events again?",
        });
}
