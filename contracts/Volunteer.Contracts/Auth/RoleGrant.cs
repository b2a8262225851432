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

        if (!TryId(parts, 1, out var union) || !TryId(parts, 2, out var team))
        {
            return false;
        }

        var role = parts[0];
        if ((PlatformRoles.NeedsUnion(role) && union is null) || (PlatformRoles.IsProvinceWide(role) && union is not null)
            || (team is not null && role != PlatformRoles.TeamCaptain))
        {
            return false;
        }

        grant = new RoleGrant(role, union, team);
        return true;
    }

    public override string ToString() => ToClaimValue();

    private static bool TryId(string[] parts, int index, out Guid? id)
    {
        id = null;
        if (parts.Length <= index)
        {
            return true;
        }

        if (!Guid.TryParse(parts[index], out var parsed))
        {
            return false;
        }

        id = parsed;
        return true;
    }
}
