using Grpc.Core;
using Microsoft.Extensions.Options;
using Volunteer.Contracts.Auth;

namespace Volunteer.Seeder.Seeding;

/// <summary>
/// Bearer tokens for the people the demo acts as: the provincial admin for most steps, each volunteer
/// for what only they may do (answering an activity), a union's admin for its backfilled attendance, and
/// its admin and safety officer for its safety plans (author and approver must differ).
/// </summary>
public sealed class CallerTokens(IOptions<PlatformTokenSettings> settings, TimeProvider timeProvider)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly PlatformTokenIssuer _issuer = new(settings.Value, timeProvider);

    public Metadata Province => For("demo-province-admin", PlatformRoles.ProvincialAdmin, null);

    public Metadata Volunteer(string volunteerId, string unionId) => For(volunteerId, PlatformRoles.Volunteer, unionId);

    public Metadata UnionAdmin(string unionId) => For($"demo-union-admin-{unionId}", PlatformRoles.UnionAdmin, unionId);

    public Metadata SafetyOfficer(string unionId) => For($"demo-safety-officer-{unionId}", PlatformRoles.SafetyOfficer, unionId);

    public Metadata For(string subject, string role, string? unionId) =>
        new() { { "authorization", $"Bearer {_issuer.Issue(subject, role, unionId, Lifetime)}" } };
}
