using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Status = Google.Rpc.Status;

namespace Volunteer.ServiceDefaults.Grpc;

/// <summary>
/// Errors as google.rpc.Status with typed details (BadRequest, ResourceInfo, PreconditionFailure,
/// ErrorInfo), so a client can put each problem next to the field or thing it concerns.
/// </summary>
public static class RpcErrors
{
    /// <summary>ErrorInfo domain of every platform error.</summary>
    public const string Domain = "volunteer.platform";

    public static RpcException InvalidArgument(IEnumerable<BadRequest.Types.FieldViolation> violations)
    {
        var badRequest = new BadRequest { FieldViolations = { violations } };
        var fields = string.Join(", ", badRequest.FieldViolations.Select(v => v.Field).Distinct());
        return Build(Code.InvalidArgument, $"The request has invalid fields: {fields}.", Any.Pack(badRequest));
    }

    public static RpcException NotFound(string resourceType, string resourceName) =>
        Build(Code.NotFound, $"{resourceType} '{resourceName}' does not exist.",
            Any.Pack(new ResourceInfo { ResourceType = resourceType, ResourceName = resourceName }));

    public static RpcException AlreadyExists(string resourceType, string resourceName, string description) =>
        Build(Code.AlreadyExists, description,
            Any.Pack(new ResourceInfo { ResourceType = resourceType, ResourceName = resourceName, Description = description }));

    public static RpcException FailedPrecondition(string type, string subject, string description) =>
        Build(Code.FailedPrecondition, description, Any.Pack(new PreconditionFailure
        {
            Violations = { new PreconditionFailure.Types.Violation { Type = type, Subject = subject, Description = description } },
        }));

    /// <param name="reason">UPPER_SNAKE_CASE reason a client can branch on, e.g. OUTSIDE_UNION_SCOPE.</param>
    public static RpcException PermissionDenied(string reason, string description) =>
        Build(Code.PermissionDenied, description, Any.Pack(new ErrorInfo { Reason = reason, Domain = Domain }));

    private static RpcException Build(Code code, string message, Any detail) =>
        new Status { Code = (int)code, Message = message, Details = { detail } }.ToRpcException();
}
