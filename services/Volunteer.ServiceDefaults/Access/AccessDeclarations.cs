using System.Reflection;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Authorization;
using Volunteer.Contracts.Auth;

namespace Volunteer.ServiceDefaults.Access;

/// <summary>
/// Checks a gRPC service class against its proto: every RPC implemented and declared ([Allow] with known
/// roles, or [AllowAnonymous]), every [InScope] naming a text field of the request. A service with a gap
/// does not start, so an RPC added without a declaration fails every test of its service.
/// </summary>
public static class AccessDeclarations
{
    public static IReadOnlyList<string> Problems(Type api)
    {
        var descriptor = ServiceDescriptorOf(api);
        var problems = new List<string>();
        foreach (var rpc in descriptor.Methods)
        {
            var method = api.GetMethod(rpc.Name, BindingFlags.Public | BindingFlags.Instance);
            if (method is null || method.DeclaringType != api)
            {
                problems.Add($"{rpc.FullName} is not implemented");
                continue;
            }

            var allow = method.GetCustomAttribute<AllowAttribute>();
            var anonymous = method.GetCustomAttribute<AllowAnonymousAttribute>() is not null;
            if (allow is null == !anonymous)
            {
                problems.Add($"{rpc.FullName} needs exactly one of [Allow(...)] or [AllowAnonymous]");
            }

            problems.AddRange(allow?.Roles.Except(PlatformRoles.All).Select(r => $"{rpc.FullName} allows unknown role '{r}'") ?? []);
            problems.AddRange(method.GetCustomAttributes<InScopeAttribute>()
                .Where(s => rpc.IsClientStreaming || !RequestFields.IsTextPath(rpc.InputType, s.Field))
                .Select(s => $"{rpc.FullName} scopes '{s.Field}', which is not a text field of {rpc.InputType.Name}"));
        }

        return problems;
    }

    /// <summary>The proto service of a generated base class (the static class that nests it has Descriptor).</summary>
    public static ServiceDescriptor ServiceDescriptorOf(Type api)
    {
        var generated = api.BaseType?.DeclaringType
            ?? throw new InvalidOperationException($"{api.Name} does not derive from a generated gRPC service base.");
        return (ServiceDescriptor)(generated.GetProperty("Descriptor")?.GetValue(null)
            ?? throw new InvalidOperationException($"{generated.Name} has no Descriptor."));
    }
}
