using Google.Protobuf;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Errors;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.ServiceDefaults.Access;

/// <summary>
/// Decides an RPC's declaration for one caller and request, before the RPC's code runs: the role first,
/// then every thing the request names. Refuses with a domain error; returns when the caller may go on.
/// </summary>
internal static class AccessEvaluator
{
    public static async Task DemandAsync(PlatformCaller caller, AllowAttribute allow,
        IReadOnlyList<InScopeAttribute> scopes, IMessage? request, Func<IAccessScope> accessScope,
        CancellationToken cancellationToken)
    {
        if (!allow.Roles.Contains(caller.Role))
        {
            throw new AccessDeniedException("ROLE_NOT_ALLOWED", $"The role '{caller.Role}' may not do this.");
        }

        if (request is null || scopes.Count == 0)
        {
            return;
        }

        var things = ReferencedThings(request, scopes);
        if (caller.IsProvincialAdmin)
        {
            return;
        }

        var scope = accessScope();
        var reach = new CallerReach(caller, scope);
        foreach (var (resourceType, id) in things)
        {
            var owner = await scope.FindOwnerAsync(resourceType, id, cancellationToken);
            if (owner is not null && await reach.ReachesAsync(owner, cancellationToken))
            {
                continue;
            }

            if (owner is not null && resourceType == ResourceTypes.Union)
            {
                throw new AccessDeniedException("OUTSIDE_UNION_SCOPE", "The union is outside the caller's union scope.");
            }

            throw new NotFoundException(resourceType, id.ToString());
        }
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
                violations.Add(scope.Field, $"must hold at most {scope.MaxIds} ids");
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
