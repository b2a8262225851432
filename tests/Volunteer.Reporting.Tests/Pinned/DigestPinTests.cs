using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Reporting.Digests;
using Volunteer.Reporting.Figures;
using Volunteer.Reporting.Projections;
using Volunteer.Reporting.Scope;

namespace Volunteer.Reporting.Tests.Pinned;

/// <summary>
/// Digest content and figures of <see cref="PinnedCampaign"/> as the straightforward queries computed
/// them, for every kind and for the province, a city with districts and a district: faster queries
/// must give exactly the same numbers, lists and orders.
/// </summary>
public sealed class DigestPinTests(ReportingServiceHost host) : IClassFixture<ReportingServiceHost>
{
    private const string ExpectedFile = "Pinned/digests.json";

    private static readonly JsonSerializerOptions Json = new(ProjectionLog.Json)
    {
        WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public async Task Digests_and_figures_of_a_varied_campaign_stay_exactly_as_pinned()
    {
        await host.WaitUntilReadyAsync();
        var connectionString = host.Services.GetRequiredService<IConfiguration>()
            .GetConnectionString(host.DatabaseConnectionName)!;
        await PinnedCampaign.SeedAsync(connectionString);

        var actual = JsonSerializer.Serialize(await ComposeAllAsync(), Json);
        var expected = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, ExpectedFile));
        if (actual != expected)
        {
            // Left for review as a diff against the pinned file.
            await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), "digests.actual.json"), actual);
        }

        Assert.Equal(expected, actual);
    }

    private async Task<List<object>> ComposeAllAsync()
    {
        await using var services = host.Services.CreateAsyncScope();
        var scopes = services.ServiceProvider.GetRequiredService<ReportScopes>();
        var composer = services.ServiceProvider.GetRequiredService<DigestComposer>();
        var calculator = services.ServiceProvider.GetRequiredService<FigureCalculator>();
        var periods = services.ServiceProvider.GetRequiredService<DigestPeriods>();
        var ct = CancellationToken.None;
        ReportScope[] scopeList =
        [
            await scopes.ProvinceAsync(ct),
            await scopes.OfUnionAsync(PinnedCampaign.Id("c1"), ct),
            await scopes.OfUnionAsync(PinnedCampaign.Id("d2-1"), ct),
        ];
        (string Kind, DateOnly Day)[] digests =
        [
            (DigestKinds.Weekly, new DateOnly(2026, 6, 10)), (DigestKinds.Monthly, new DateOnly(2026, 5, 1)),
            (DigestKinds.Monthly, new DateOnly(2026, 6, 1)), (DigestKinds.CampaignSummary, new DateOnly(2026, 11, 1)),
            (DigestKinds.CampaignSummary, new DateOnly(2025, 11, 1)),
        ];
        var pinned = new List<object>();
        foreach (var scope in scopeList)
        {
            foreach (var (kind, day) in digests)
            {
                pinned.Add(await composer.ComposeAsync(kind, scope, periods.Holding(kind, day)!, ct));
            }

            pinned.Add(await calculator.ComputeAsync(scope, new ReportPeriod(new(2025, 12, 1), new(2026, 6, 15)), ct));
        }

        return pinned;
    }
}
