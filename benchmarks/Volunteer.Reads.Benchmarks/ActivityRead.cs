extern alias activity;
using Grpc.Net.Client;
using Volunteer.Activity.Benchmarks;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Contracts.Auth;

namespace Volunteer.Reads.Benchmarks;

/// <summary>GetActivity by a union admin of the activity's city, on the activity benchmark's campaign.</summary>
internal static class ActivityRead
{
    private static readonly string MethodPath = $"/{ActivityService.Descriptor.FullName}/GetActivity";

    public static async Task<(ReadFigures, ReadFigures)> MeasureAsync(ReadTarget baseline)
    {
        await using var host = new KestrelServiceHost<activity::Program>("activitydb", "services/Volunteer.Activity");
        await host.StartAsync();
        Console.WriteLine($"Writing a campaign of {CampaignSeed.Activities:N0} activities ...");
        var activity = (await CampaignSeed.WriteAsync(host.Services)).Started[^1];
        var request = new GetActivityRequest { Id = activity.Id.ToString() };
        var unionAdmin = host.Tokens.Issue(
            "city-admin", PlatformRoles.UnionAdmin, activity.UnionId.ToString(), TimeSpan.FromHours(1));
        return await ReadFigures.MeasureAsync(
            new ReadTarget("GetActivity", host.GrpcAddress, MethodPath, request, unionAdmin, Call), baseline);

        async Task Call(GrpcChannel on, Grpc.Core.Metadata headers) =>
            await new ActivityService.ActivityServiceClient(on).GetActivityAsync(request, headers);
    }
}
