using Grpc.Core;
using Microsoft.Extensions.Options;
using Volunteer.Contracts.Auth;

namespace Volunteer.Seeder.Seeding;

/// <summary>
/// Bearer tokens for the people the demo acts as: the provincial admin for most steps, and each
/// volunteer for what only they may do (confirming their own part in an activity).
/// </summary>
public sealed class CallerTokens(IOptions<PlatformTokenSettings> settings, TimeProvider timeProvider)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly PlatformTokenIssuer _issuer = new(settings.Value, timeProvider);

    public Metadata Province => For("demo-province-admin", PlatformRoles.ProvincialAdmin, null);

    public Metadata For(string subject, string role, string? unionId) =>
        new() { { "authorization", $"Bearer {_issuer.Issue(subject, role, unionId, Lifetime)}" } };
}
