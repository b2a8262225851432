using System.Collections.Concurrent;
using Grpc.Core;
using Volunteer.Contracts.Auth;

namespace Volunteer.Seeder.Tokens;

/// <summary>
/// Bearer tokens for the people the demo acts as: the provincial admin for most steps, each volunteer
/// for what only they may do (answering an activity), a union's admin for its backfilled attendance, and
/// its admin and safety officer for its safety plans (author and approver must differ). Each is asked for
/// once and kept until shortly before it expires.
/// </summary>
public sealed class CallerTokens(ITokenSource source, TimeProvider timeProvider)
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(2);
    private readonly ConcurrentDictionary<(string, RoleGrant), IssuedToken> _tokens = new();

    public Metadata Province => For("demo-province-admin", new RoleGrant(PlatformRoles.ProvincialAdmin));

    public Metadata Volunteer(string volunteerId, string unionId) =>
        For(volunteerId, new RoleGrant(PlatformRoles.Volunteer, Guid.Parse(unionId)));

    public Metadata UnionAdmin(string unionId) =>
        For($"demo-union-admin-{unionId}", new RoleGrant(PlatformRoles.UnionAdmin, Guid.Parse(unionId)));

    public Metadata SafetyOfficer(string unionId) =>
        For($"demo-safety-officer-{unionId}", new RoleGrant(PlatformRoles.SafetyOfficer, Guid.Parse(unionId)));

    private Metadata For(string subject, RoleGrant grant)
    {
        var now = timeProvider.GetUtcNow();
        var token = _tokens.AddOrUpdate((subject, grant),
            key => source.Issue(key.Item1, key.Item2),
            (key, held) => held.ExpiresAt - Margin > now ? held : source.Issue(key.Item1, key.Item2));
        return new Metadata { { "authorization", $"Bearer {token.AccessToken}" } };
    }
}
