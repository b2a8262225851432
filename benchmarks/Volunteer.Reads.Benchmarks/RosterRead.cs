extern alias roster;
using Grpc.Net.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Reads.Benchmarks;

/// <summary>
/// GetStaffVolunteer by a union admin of the volunteer's city (owner lookup and union cover checked),
/// and the baseline reading the same row of the same table with the same request.
/// </summary>
internal static class RosterRead
{
    private static readonly string MethodPath = $"/{RosterService.Descriptor.FullName}/GetStaffVolunteer";

    /// <returns>The figures, and the baseline server with its read for the other services' figures.</returns>
    public static async Task<((ReadFigures, ReadFigures) Figures, BaselineProcess Server, ReadTarget BaselineRead)>
        MeasureAsync()
    {
        await using var host = new KestrelServiceHost<roster::Program>("rosterdb", "services/Volunteer.Roster");
        await host.StartAsync();
        Console.WriteLine("Registering volunteers in roster ...");
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var provincialAdmin = ReadTarget.Bearer(
            host.Tokens.Issue("seeder", PlatformRoles.ProvincialAdmin, null, TimeSpan.FromHours(1)));
        var seed = await RosterSeed.WriteAsync(channel, provincialAdmin);
        var request = new GetStaffVolunteerRequest { Id = seed.Volunteers[seed.Volunteers.Count / 2].ToString() };

        var database = host.Services.GetRequiredService<IConfiguration>().GetConnectionString("rosterdb")!;
        // The baseline reads roster's table, which stays when roster stops.
        var baselineServer = await BaselineProcess.StartAsync(database);
        var baseline = new ReadTarget("minimal gRPC+DB read", baselineServer.Address, MethodPath, request, null, Call);
        var unionAdmin = host.Tokens.Issue(
            "city-admin", PlatformRoles.UnionAdmin, seed.City.ToString(), TimeSpan.FromHours(1));
        var figures = await ReadFigures.MeasureAsync(
            new ReadTarget("GetStaffVolunteer", host.GrpcAddress, MethodPath, request, unionAdmin, Call), baseline);
        return (figures, baselineServer, baseline);

        async Task Call(GrpcChannel on, Grpc.Core.Metadata headers) =>
            await new RosterService.RosterServiceClient(on).GetStaffVolunteerAsync(request, headers);
    }
}
