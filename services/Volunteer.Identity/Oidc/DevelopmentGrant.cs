using OpenIddict.Abstractions;
using Volunteer.Contracts.Auth;

namespace Volunteer.Identity.Oidc;

/// <summary>
/// A token for one grant, named in the request (role, union_id, team_id, subject): what developers and
/// the dashboard's tools use locally instead of signing in. Accepted only in Development.
/// </summary>
public static class DevelopmentGrant
{
    private const int MaxSubjectLength = 100;

    public static bool TryRead(OpenIddictRequest request, out string subject, out RoleGrant grant)
    {
        var role = (string?)request["role"] ?? "";
        var union = (string?)request["union_id"] ?? "";
        var team = (string?)request["team_id"] ?? "";
        subject = (string?)request["subject"] is { Length: > 0 and <= MaxSubjectLength } given ? given : $"dev-{role}";
        // A team without a union would read as the union.
        var value = union.Length == 0 ? (team.Length == 0 ? role : "") : team.Length == 0
            ? $"{role}:{union}"
            : $"{role}:{union}:{team}";
        return RoleGrant.TryParse(value, out grant);
    }
}
