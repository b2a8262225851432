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

    /// <summary>
    /// The fields named by the BadRequest detail of an INVALID_ARGUMENT error, whose message and every
    /// description must be Chinese: each hostile-input test so guards what the console shows.
    /// </summary>
    public static async Task<IReadOnlyList<string>> InvalidFieldsAsync(Func<Task> call)
    {
        var error = await FailsAsync(StatusCode.InvalidArgument, call);
        var badRequest = error.GetRpcStatus()?.GetDetail<BadRequest>();
        Assert.NotNull(badRequest);
        ChineseText.AssertReadable(error.Status.Detail, "The status message");
        Assert.All(badRequest.FieldViolations,
            v => ChineseText.AssertReadable(v.Description, $"The description of {v.Field}"));
        return [.. badRequest.FieldViolations.Select(v => v.Field).Distinct().Order()];
    }
}
