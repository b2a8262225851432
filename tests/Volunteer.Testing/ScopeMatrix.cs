using System.Collections;
using System.Reflection;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.ServiceDefaults.Access;

namespace Volunteer.Testing;

/// <summary>
/// The scope half of the authorization matrix: for every RPC that names things ([InScope]), each role it
/// allows (but the provincial admin, who reaches everything) calls it with the thing set to one within its
/// reach and to one outside it. Out of reach must be NOT_FOUND (PERMISSION_DENIED for a union) and
/// within reach must get past the gate. A declared scope with no things to try is a failure too.
/// </summary>
/// <param name="tokenFor">A token for the role, acting for the world's own union or person.</param>
/// <param name="thingsFor">Ids of a thing of the resource type within and outside the role's reach.</param>
public sealed class ScopeMatrix(
    CallInvoker invoker, Type apiType, Func<string, Metadata> tokenFor,
    Func<string, string, (string InReach, string OutOfReach)?> thingsFor)
{
    public int Cells { get; private set; }

    public async Task<IReadOnlyList<string>> FailuresAsync()
    {
        var failures = new List<string>();
        foreach (var rpc in AccessDeclarations.ServiceDescriptorOf(apiType).Methods.Where(m => !m.IsClientStreaming))
        {
            var method = apiType.GetMethod(rpc.Name)!;
            var roles = method.GetCustomAttribute<AllowAttribute>()?.Roles ?? [];
            foreach (var scope in method.GetCustomAttributes<InScopeAttribute>())
            {
                foreach (var role in roles.Where(r => !PlatformRoles.IsProvinceWide(r)))
                {
                    if (thingsFor(scope.ResourceType, role) is not var (inReach, outOfReach))
                    {
                        failures.Add($"{rpc.Name}.{scope.Field} as {role}: no {scope.ResourceType} to try");
                        continue;
                    }

                    Cells += 2;
                    var outside = await RawRpc.CallAsync(invoker, rpc, With(rpc, scope.Field, outOfReach), tokenFor(role));
                    var denied = outside.Code == StatusCode.NotFound
                        || (outside.Code == StatusCode.PermissionDenied && outside.Reason == "OUTSIDE_UNION_SCOPE");
                    if (!denied || !outside.Message.Contains(outOfReach) && outside.Code == StatusCode.NotFound)
                    {
                        failures.Add($"{rpc.Name}.{scope.Field} as {role}, out of reach: {outside}");
                    }

                    var inside = await RawRpc.CallAsync(invoker, rpc, With(rpc, scope.Field, inReach), tokenFor(role));
                    if (inside.IsRoleRefusal || inside.IsServerFault || inside.Message.Contains(inReach)
                        || inside.Reason == "OUTSIDE_UNION_SCOPE")
                    {
                        failures.Add($"{rpc.Name}.{scope.Field} as {role}, within reach: {inside}");
                    }
                }
            }
        }

        return failures;
    }

    /// <summary>An otherwise empty request with the id at the field path (added, for a list).</summary>
    private static IMessage With(MethodDescriptor rpc, string path, string id)
    {
        var request = (IMessage)Activator.CreateInstance(rpc.InputType.ClrType)!;
        var target = request;
        var parts = path.Split('.');
        foreach (var part in parts[..^1])
        {
            var field = target.Descriptor.FindFieldByName(part);
            var child = (IMessage)Activator.CreateInstance(field.MessageType.ClrType)!;
            field.Accessor.SetValue(target, child);
            target = child;
        }

        var last = target.Descriptor.FindFieldByName(parts[^1]);
        if (last.IsRepeated)
        {
            ((IList)last.Accessor.GetValue(target)).Add(id);
        }
        else
        {
            last.Accessor.SetValue(target, id);
        }

        return request;
    }
}
