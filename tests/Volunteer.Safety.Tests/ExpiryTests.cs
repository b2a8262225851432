using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Safety.V1;
using Volunteer.Safety.Expiry;

namespace Volunteer.Safety.Tests;

public sealed class ExpiryTests(SafetyServiceHost host) : IClassFixture<SafetyServiceHost>
{
    private readonly SafetyTestData _data = new(host);

    [Fact]
    public async Task A_policy_ending_within_the_horizon_is_announced_once_with_the_activities_it_leaves_uncovered()
    {
        var city = await _data.CityAsync();
        var volunteer = await _data.VolunteerAsync(city, trainedOn: new DateOnly(2027, 1, 10));
        var activity = await _data.ActivityAsync(city, [volunteer]);
        var ending = await _data.PolicyAsync(city, from: new DateOnly(2027, 1, 1), to: new DateOnly(2027, 5, 11));
        await _data.PolicyAsync(city, from: new DateOnly(2027, 6, 1), to: new DateOnly(2027, 12, 31));
        await _data.Client().EnrolPersonsAsync(new EnrolPersonsRequest { PolicyId = ending.Id, VolunteerIds = { volunteer.ToString() } }, _data.Province);
        await using var watch = await EventWatch.StartAsync(host.Messaging, "PolicyExpiring");

        // 14 days is the default horizon: 1 May sees the end on 11 May, 20 April does not.
        var early = await ScanAsync(new DateOnly(2027, 4, 20));
        var first = await ScanAsync(new DateOnly(2027, 5, 1));
        var again = await ScanAsync(new DateOnly(2027, 5, 2));
        var published = await watch.NextAsync(m => m.GetProperty("policyId").GetString() == ending.Id);

        Assert.Equal((0, 1, 0), (early, first, again));
        Assert.Equal([activity.ToString()], published.GetProperty("affectedActivityIds").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("2027-05-11", published.GetProperty("coversTo").GetString());
    }

    private Task<int> ScanAsync(DateOnly today) =>
        host.InScopeAsync(services => services.GetRequiredService<PolicyExpiryScan>().RunAsync(today, CancellationToken.None));
}
