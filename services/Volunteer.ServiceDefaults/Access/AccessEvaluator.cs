using Google.Protobuf;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Errors;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.ServiceDefaults.Access;

/// <summary>
/// Decides an RPC's declaration for one caller and request, before the RPC's code runs: the roles first,
/// then every thing the request names. Refuses with a domain error; returns the caller as they may go on.
/// </summary>
internal static class AccessEvaluator
{
    /// <summary>
    /// Tries the caller's grants that the RPC allows, strongest first, and returns the caller acting with
    /// the first that reaches everything the request names ("any grant allows"). When none does, the
    /// refusal is the strongest grant's, so a caller learns no more than their best grant would tell them.
    /// </summary>
    public static async Task<PlatformCaller> DemandAsync(CallerCredentials credentials, AllowAttribute allow,
        IReadOnlyList<InScopeAttribute> scopes, IMessage? request, Func<IAccessScope> accessScope,
        CancellationToken cancellationToken)
    {
        var grants = credentials.GrantsFor(allow.Roles);
        if (grants.Count == 0)
        {
            throw new AccessDeniedException("ROLE_NOT_ALLOWED", "您的角色无权进行此操作。");
        }

        if (request is null || scopes.Count == 0)
        {
            return credentials.ActingAs(grants[0]);
        }

        var things = ReferencedThings(request, scopes);
        var owners = new RequestOwners(accessScope);
        DomainException? refusal = null;
        foreach (var grant in grants)
        {
            var caller = credentials.ActingAs(grant);
            if (await RefusalAsync(caller, things, owners, cancellationToken) is not { } refused)
            {
                return caller;
            }

            refusal ??= refused;
        }

        throw refusal!;
    }

    private static async Task<DomainException?> RefusalAsync(PlatformCaller caller,
        List<(string ResourceType, Guid Id)> things, RequestOwners owners, CancellationToken cancellationToken)
    {
        if (caller.ActsProvinceWide)
        {
            return null;
        }

        var reach = new CallerReach(caller, owners.Scope);
        foreach (var (resourceType, id) in things)
        {
            var owner = await owners.FindAsync(resourceType, id, cancellationToken);
            if (owner is not null && await reach.ReachesAsync(owner, cancellationToken))
            {
                continue;
            }

            return owner is not null && resourceType == ResourceTypes.Union
                ? new AccessDeniedException("OUTSIDE_UNION_SCOPE", AccessTexts.OutsideUnionScope)
                : new NotFoundException(resourceType, id.ToString());
        }

        return null;
    }

    private static List<(string ResourceType, Guid Id)> ReferencedThings(
        IMessage request, IReadOnlyList<InScopeAttribute> scopes)
    {
        var violations = new FieldViolations();
        var things = new List<(string, Guid)>();
        foreach (var scope in scopes)
        {
            var values = RequestFields.ValuesAt(request, scope.Field);
            var repeated = request.Descriptor.FindFieldByName(scope.Field)?.IsRepeated == true;
            if (values.Count > scope.MaxIds)
            {
                violations.Add(scope.Field, FieldTexts.AtMostIds(scope.MaxIds));
                continue;
            }

            for (var i = 0; i < values.Count; i++)
            {
                var field = repeated ? $"{scope.Field}[{i}]" : scope.Field;
                if (violations.Id(values[i], field, required: !scope.Optional) is { } id)
                {
                    things.Add((scope.ResourceType, id));
                }
            }
        }

        violations.ThrowIfAny();
        return things;
    }
}
