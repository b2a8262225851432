using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Volunteer.ServiceDefaults.Errors;
using Status = Google.Rpc.Status;

namespace Volunteer.ServiceDefaults.Grpc;

/// <summary>
/// Each domain error as a <c>google.rpc.Status</c> with typed details (BadRequest, ResourceInfo,
/// PreconditionFailure, ErrorInfo), so a client can put each problem next to the field or thing it concerns.
/// </summary>
public static class ErrorStatus
{
    /// <summary>ErrorInfo domain of every platform error.</summary>
    public const string Domain = "volunteer.platform";

    public static RpcException ToRpcException(DomainException error) => (error switch
    {
        InvalidRequestException e => Build(Code.InvalidArgument, e, Any.Pack(new BadRequest
        {
            FieldViolations =
            {
                e.Problems.Select(p => new BadRequest.Types.FieldViolation { Field = p.Field, Description = p.Description }),
            },
        })),
        NotFoundException e => Build(Code.NotFound, e,
            Any.Pack(new ResourceInfo { ResourceType = e.ResourceType, ResourceName = e.ResourceName })),
        AlreadyExistsException e => Build(Code.AlreadyExists, e, Any.Pack(new ResourceInfo
        {
            ResourceType = e.ResourceType, ResourceName = e.ResourceName, Description = e.Message,
        })),
        RuleBrokenException e => Build(Code.FailedPrecondition, e, [PreconditionFailureOf(e), .. Reason(e.Reason)]),
        AccessDeniedException e => Build(Code.PermissionDenied, e, Reason(e.Reason)),
        UnavailableException e => Build(Code.Unavailable, e, Reason(e.Reason)),
        ConcurrentChangeException e => Build(Code.Aborted, e),
        _ => Build(Code.Internal, error),
    }).ToRpcException();

    private static Any PreconditionFailureOf(RuleBrokenException e) => Any.Pack(new PreconditionFailure
    {
        Violations =
        {
            e.Violations.Select(v => new PreconditionFailure.Types.Violation
            {
                Type = v.Type, Subject = v.Subject, Description = v.Description,
            }),
        },
    });

    private static Any[] Reason(string? reason) =>
        reason is null ? [] : [Any.Pack(new ErrorInfo { Reason = reason, Domain = Domain })];

    private static Status Build(Code code, DomainException error, params Any[] details) =>
        new() { Code = (int)code, Message = error.Message, Details = { details } };
}
