using System.Text.RegularExpressions;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Identity.V1;
using Volunteer.Identity.Accounts;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Identity.Grpc;

/// <summary>Turns account requests into domain values, listing every bad field at once.</summary>
public static partial class AccountValidation
{
    private const int MaxRequestIdLength = 100;
    private const int MaxDisplayNameLength = 50;
    private const int MaxTextLength = 50;
    private const int MaxPasswordLength = 128;

    public static NewAccount Create(CreateAccountRequest request)
    {
        var violations = new FieldViolations();
        var requestId = FieldRules.Text(request.RequestId, MaxRequestIdLength, "request_id", violations);
        var userName = request.UserName.Trim();
        if (!UserName().IsMatch(userName))
        {
            violations.Add("user_name", "须为3至50个字母、数字或“-”“_”“.”");
        }

        var displayName = FieldRules.Text(request.DisplayName, MaxDisplayNameLength, "display_name", violations);
        var home = violations.Id(request.HomeUnionId, "home_union_id");
        var volunteer = violations.Id(request.VolunteerId, "volunteer_id", required: false);
        if (request.InitialPassword.Length > MaxPasswordLength)
        {
            violations.Add("initial_password", FieldTexts.AtMostCharacters(MaxPasswordLength));
        }

        violations.ThrowIfAny();
        return new NewAccount(requestId, userName, displayName, home!.Value, volunteer,
            request.InitialPassword.Length == 0 ? null : request.InitialPassword);
    }

    public static RoleGrant Grant(GrantRoleRequest request)
    {
        var violations = new FieldViolations();
        var union = violations.Id(request.UnionId, "union_id", required: false);
        var team = violations.Id(request.TeamId, "team_id", required: false);
        if (!PlatformRoles.All.Contains(request.Role))
        {
            violations.Add("role", $"须为以下角色之一：{string.Join(", ", PlatformRoles.All)}");
        }
        // A person's every grant but a province-wide one names its union, so admins above it reach the account.
        else if (PlatformRoles.IsProvinceWide(request.Role) == union.HasValue)
        {
            violations.Add("union_id", union.HasValue ? $"角色{request.Role}不应填写" : FieldTexts.Required);
        }
        else if ((request.Role == PlatformRoles.TeamCaptain) != team.HasValue)
        {
            violations.Add("team_id",
                team.HasValue ? "只有队长（team-captain）角色才填写" : FieldTexts.Required);
        }

        violations.ThrowIfAny();
        return new RoleGrant(request.Role, union, team);
    }

    public static AccountQuery List(ListAccountsRequest request)
    {
        var violations = new FieldViolations();
        var subtree = violations.Id(request.UnionSubtreeOf, "union_subtree_of", required: false);
        var text = FieldRules.Text(request.Text, MaxTextLength, "text", violations, required: false);
        var page = IdPage.Parse(request.PageSize, request.PageToken, violations);
        violations.ThrowIfAny();
        return new AccountQuery(subtree, text.Length == 0 ? null : text, page);
    }

    /// <summary>The id of a request that names one account (or one grant of it).</summary>
    public static Guid Id(string value, string field)
    {
        var violations = new FieldViolations();
        var id = violations.Id(value, field);
        violations.ThrowIfAny();
        return id!.Value;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{3,50}$")]
    private static partial Regex UserName();
}
