namespace Volunteer.Contracts.Auth;

/// <summary>
/// One role a person holds, for a union (and for captains, a team of it). In a token each grant is one
/// "grant" claim: "provincial-admin", "union-admin:&lt;union id&gt;", "team-captain:&lt;union id&gt;:&lt;team id&gt;".
/// </summary>
public sealed record RoleGrant(string Role, Guid? UnionId = null, Guid? TeamId = null)
{
    private const char Separator = ':';

    public string ToClaimValue() => (UnionId, TeamId) switch
    {
        (null, _) => Role,
        ({ } union, null) => $"{Role}{Separator}{union}",
        ({ } union, { } team) => $"{Role}{Separator}{union}{Separator}{team}",
    };

    /// <summary>Reads a claim value; false for a role outside the closed set or ids that are not ids.</summary>
    public static bool TryParse(string? value, out RoleGrant grant)
    {
        grant = null!;
        var parts = (value ?? "").Split(Separator);
        if (parts.Length > 3 || !PlatformRoles.All.Contains(parts[0]))
        {
            return false;
        }

        Guid? union = null, team = null;
        if (parts.Length > 1)
        {
            if (!Guid.TryParse(parts[1], out var u))
            {
                return false;
            }

            union = u;
        }

        if (parts.Length > 2)
        {
            if (!Guid.TryParse(parts[2], out var t))
            {
                return false;
            }

            team = t;
        }

        if (PlatformRoles.NeedsUnion(parts[0]) != union.HasValue || (team.HasValue && parts[0] != PlatformRoles.TeamCaptain))
        {
            return false;
        }

        grant = new RoleGrant(parts[0], union, team);
        return true;
    }

    public override string ToString() => ToClaimValue();
}
