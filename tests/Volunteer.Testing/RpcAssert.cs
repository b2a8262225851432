using Google.Rpc;
using Grpc.Core;
using Xunit;

namespace Volunteer.Testing;

/// <summary>Asserts on the rich error details a client would read.</summary>
public static class RpcAssert
{
    public static async Task<RpcException> FailsAsync(StatusCode code, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(code, error.StatusCode);
        return error;
    }

    /// <summary>The fields named by the BadRequest detail of an INVALID_ARGUMENT error.</summary>
    public static async Task<IReadOnlyList<string>> InvalidFieldsAsync(Func<Task> call)
    {
        var error = await FailsAsync(StatusCode.InvalidArgument, call);
        var badRequest = error.GetRpcStatus()?.GetDetail<BadRequest>();
        Assert.NotNull(badRequest);
        return [.. badRequest.FieldViolations.Select(v => v.Field).Distinct().Order()];
    }
}
