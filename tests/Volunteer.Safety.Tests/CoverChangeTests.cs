using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Events;
using Volunteer.Contracts.Safety.V1;
using CoverChange = Volunteer.Safety.Insurance.CoverChange;

namespace Volunteer.Safety.Tests;

/// <summary>A policy's change judges again only the people enrolled on days whose cover it changed.</summary>
public sealed class CoverChangeTests(SafetyServiceHost host) : IClassFixture<SafetyServiceHost>
{
    private readonly SafetyTestData _data = new(host);

    [Fact]
    public async Task Only_enrolments_on_the_days_a_change_touches_are_judged_again()
    {
        var city = await _data.CityAsync();
        var (spring, autumn) = (await _data.VolunteerAsync(city), await _data.VolunteerAsync(city));
        var policy = await _data.PolicyAsync(city);
        await EnrolAsync(policy, spring, "2027-02-01", "2027-03-31");
        await EnrolAsync(policy, autumn, "2027-10-01", "2027-11-30");

        var shortened = await UpdateAsync(policy, "covers_to", p => p.CoversTo = "2027-06-30");
        var renamed = await UpdateAsync(shortened, "product", p => p.Product = "志愿者团体意外险（升级版）");
        var startsLater = await UpdateAsync(renamed, "covers_from", p => p.CoversFrom = "2027-03-01");
        var travelDropped = await UpdateAsync(startsLater, "travel_covered", p => p.TravelCovered = false);

        Assert.Equal(autumn, Assert.Single(await AffectedAsync(shortened, ["covers_to"])));
        Assert.Empty(await AffectedAsync(renamed, ["product"]));
        Assert.Equal(spring, Assert.Single(await AffectedAsync(startsLater, ["covers_from"])));
        // Travel cover changes every covered day; autumn's days lie outside the period under both terms.
        Assert.Equal(spring, Assert.Single(await AffectedAsync(travelDropped, ["travel_covered"])));
    }

    private async Task EnrolAsync(Policy policy, Guid volunteer, string from, string to) =>
        await _data.Client().EnrolPersonsAsync(new EnrolPersonsRequest
        {
            PolicyId = policy.Id, VolunteerIds = { volunteer.ToString() }, From = from, To = to,
        }, _data.Province);

    private async Task<Policy> UpdateAsync(Policy current, string path, Action<Policy> change) =>
        (await _data.Client().UpdatePolicyAsync(PolicyUpdateTests.Change(current, path, change), _data.Province))
        .Policy;

    private Task<List<Guid>> AffectedAsync(Policy policy, string[] changedFields) =>
        host.InScopeAsync(services => services.GetRequiredService<CoverChange>().VolunteersAffectedAsync(
            new PolicyChanged(Guid.Parse(policy.Id), Guid.Parse(policy.HolderUnionId), policy.Revision,
                policy.Insurer, policy.PolicyNumber, policy.Product, DateOnly.Parse(policy.CoversFrom),
                DateOnly.Parse(policy.CoversTo), policy.TravelCovered, changedFields, DateTimeOffset.UtcNow),
            CancellationToken.None));
}
