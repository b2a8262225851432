using Volunteer.Contracts.Auth;
using Volunteer.ServiceDefaults.Auth;

namespace Volunteer.ServiceDefaults.Access;

/// <summary>
/// Whether one caller reaches the owners of the things one request names. Answers about a union and the
/// caller's teams are kept for the request, so a list of a thousand volunteers of three unions asks about
/// three unions, not a thousand.
/// </summary>
internal sealed class CallerReach(PlatformCaller caller, IAccessScope scope)
{
    private readonly Dictionary<Guid, bool> _coveredUnions = [];
    private IReadOnlyCollection<Guid>? _ledTeams;

    public async Task<bool> ReachesAsync(ResourceOwner owner, CancellationToken cancellationToken) => caller.Role switch
    {
        _ when caller.ActsProvinceWide => true,
        PlatformRoles.UnionAdmin or PlatformRoles.SafetyOfficer or PlatformRoles.ReportViewer =>
            await CoversAsync(owner.UnionId, cancellationToken),
        // What is in memory first, then the captain's teams (asked once per request), then the owner's question.
        PlatformRoles.TeamCaptain => IsListed(owner)
            || (_ledTeams ??= await scope.TeamsLedByAsync(caller, cancellationToken)).Intersect(owner.TeamIds).Any()
            || await IsAlsoReachedAsync(owner, cancellationToken),
        PlatformRoles.Volunteer => IsListed(owner) || await IsAlsoReachedAsync(owner, cancellationToken),
        _ => false,
    };

    private async Task<bool> CoversAsync(Guid unionId, CancellationToken cancellationToken)
    {
        if (!_coveredUnions.TryGetValue(unionId, out var covered))
        {
            covered = _coveredUnions[unionId] = await scope.CoversUnionAsync(caller, unionId, cancellationToken);
        }

        return covered;
    }

    private bool IsListed(ResourceOwner owner) =>
        Guid.TryParse(caller.Subject, out var person) && owner.PersonIds.Contains(person);

    private async Task<bool> IsAlsoReachedAsync(ResourceOwner owner, CancellationToken cancellationToken) =>
        Guid.TryParse(caller.Subject, out var person) && owner.AlsoReaches is { } alsoReaches
        && await alsoReaches(person, cancellationToken);
}
