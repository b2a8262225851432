using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Volunteer.ServiceDefaults.Access;

public static class AccessEndpointExtensions
{
    /// <summary>Maps a gRPC service whose every RPC declares who may call it; refuses one that does not.</summary>
    public static GrpcServiceEndpointConventionBuilder MapDeclaredGrpcService<TApi>(this IEndpointRouteBuilder endpoints)
        where TApi : class
    {
        var problems = AccessDeclarations.Problems(typeof(TApi));
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"{typeof(TApi).Name} has RPCs without a valid access declaration:\n  " + string.Join("\n  ", problems));
        }

        return endpoints.MapGrpcService<TApi>();
    }
}
