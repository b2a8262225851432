using System.Reflection;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Volunteer.Contracts.Auth;
using Volunteer.ServiceDefaults.Access;
using Xunit;

namespace Volunteer.Testing;

/// <summary>
/// The role half of the authorization matrix, walked from the proto so no RPC can be forgotten: every
/// RPC called as every role, with an empty request. A role the RPC does not declare is refused before
/// the request is read; a declared one gets past the gate and never an internal error.
/// </summary>
public abstract partial class ServiceFoundationTests<TProgram>
{
    [Fact]
    public void Every_rpc_declares_who_may_call_it() => Assert.Empty(AccessDeclarations.Problems(ApiType));

    [Fact]
    public async Task Every_rpc_refuses_each_role_it_does_not_declare_and_never_fails_internally()
    {
        using var channel = host.CreateChannel();
        var invoker = channel.CreateCallInvoker();
        var failures = new List<string>();
        foreach (var rpc in AccessDeclarations.ServiceDescriptorOf(ApiType).Methods)
        {
            var method = ApiType.GetMethod(rpc.Name)!;
            var allowed = method.GetCustomAttribute<AllowAttribute>()?.Roles ?? [];
            var anonymous = method.GetCustomAttribute<AllowAnonymousAttribute>() is not null;
            var empty = (IMessage)Activator.CreateInstance(rpc.InputType.ClrType)!;
            foreach (var role in PlatformRoles.All)
            {
                var headers = host.BearerToken(role, Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
                var outcome = await RawRpc.CallAsync(invoker, rpc, empty, headers);
                // An anonymous RPC admits every role too.
                if (allowed.Contains(role) || anonymous ? outcome.IsRoleRefusal || outcome.IsServerFault : !outcome.IsRoleRefusal)
                {
                    failures.Add($"{rpc.Name} as {role}: {outcome}");
                }
            }

            if (anonymous)
            {
                var outcome = await RawRpc.CallAsync(invoker, rpc, empty, []);
                if (outcome.Code is StatusCode.Unauthenticated || outcome.IsServerFault)
                {
                    failures.Add($"{rpc.Name} without a token: {outcome}");
                }
            }
        }

        Assert.Empty(failures);
    }
}
