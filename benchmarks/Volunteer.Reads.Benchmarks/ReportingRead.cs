extern alias reporting;
using System.Security.Cryptography;
using Grpc.Net.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Reporting.Benchmarks;

namespace Volunteer.Reads.Benchmarks;

/// <summary>
/// GetFigures of a city for the campaign season by that city's union admin, on the reporting benchmark's
/// read models (1×). The digest schedule is off so it does not run during the measurement.
/// </summary>
internal static class ReportingRead
{
    private static readonly string MethodPath = $"/{ReportingService.Descriptor.FullName}/GetFigures";

    public static async Task<(ReadFigures, ReadFigures)> MeasureAsync(ReadTarget baseline)
    {
        await using var host = new KestrelServiceHost<reporting::Program>("reportingdb", "services/Volunteer.Reporting",
            new Dictionary<string, string> { ["Reporting:Digests:Enabled"] = "false" });
        await host.StartAsync();
        Console.WriteLine("Writing reporting's read models of a campaign ...");
        var database = host.Services.GetRequiredService<IConfiguration>().GetConnectionString("reportingdb")!;
        await CampaignSeed.SeedAsync(database, scale: 1);
        // The seed's ids are md5 digests of their names, as uuids.
        var city = Guid.ParseExact(Convert.ToHexStringLower(MD5.HashData("city1"u8)), "N");
        var request = new GetFiguresRequest
        {
            UnionId = city.ToString(), PeriodStart = "2026-04-01", PeriodEnd = "2026-10-31",
        };
        var unionAdmin = host.Tokens.Issue(
            "city-admin", PlatformRoles.UnionAdmin, city.ToString(), TimeSpan.FromHours(1));
        return await ReadFigures.MeasureAsync(
            new ReadTarget("GetFigures", host.GrpcAddress, MethodPath, request, unionAdmin, Call), baseline);

        async Task Call(GrpcChannel on, Grpc.Core.Metadata headers) =>
            await new ReportingService.ReportingServiceClient(on).GetFiguresAsync(request, headers);
    }
}
