using Volunteer.Contracts.Auth;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using Xunit;

namespace Volunteer.Roster.Tests;

/// <summary>
/// The edge remembers a union found within a caller's scope only for that caller's role and union, and
/// only for a while (the services' scope tests check the answers themselves end to end).
/// </summary>
public sealed class CoveredUnionsTests
{
    private static readonly Guid City = Guid.NewGuid();
    private static readonly Guid District = Guid.NewGuid();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly PlatformCaller _cityAdmin = new("admin", PlatformRoles.UnionAdmin, City.ToString());

    [Fact]
    public void A_union_found_covered_is_remembered_for_a_while_only()
    {
        var covered = new CoveredUnions(_clock);
        covered.Remember(_cityAdmin, District);
        Assert.True(covered.Remembers(_cityAdmin, District));

        _clock.Advance(CoveredUnions.KeptFor);

        Assert.False(covered.Remembers(_cityAdmin, District));
    }

    [Fact]
    public void What_one_caller_covers_says_nothing_of_another_role_union_or_union_asked()
    {
        var covered = new CoveredUnions(_clock);

        covered.Remember(_cityAdmin, District);

        Assert.False(covered.Remembers(_cityAdmin with { Role = PlatformRoles.SafetyOfficer }, District));
        Assert.False(covered.Remembers(_cityAdmin with { UnionId = Guid.NewGuid().ToString() }, District));
        Assert.False(covered.Remembers(_cityAdmin, Guid.NewGuid()));
    }
}
