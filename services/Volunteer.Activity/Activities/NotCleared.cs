using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Status = Google.Rpc.Status;

namespace Volunteer.Activity.Activities;

/// <summary>
/// FAILED_PRECONDITION NOT_CLEARED with one PreconditionFailure violation per reason safety gave, so a
/// client can list exactly what is missing (a plan, insurance for a volunteer, training).
/// </summary>
internal static class NotCleared
{
    public static RpcException For(ServiceActivity activity)
    {
        var subject = $"{ActivityMapping.ResourceType}/{activity.Id}";
        var failure = new PreconditionFailure();
        if (activity.Clearance is { Cleared: false } clearance && clearance.Reasons.Count > 0)
        {
            failure.Violations.Add(clearance.Reasons.Select(r => new PreconditionFailure.Types.Violation
            {
                Type = r.Code,
                Subject = r.VolunteerId is { } volunteer ? $"volunteer/{volunteer}" : subject,
                Description = r.Description,
            }));
        }
        else
        {
            failure.Violations.Add(new PreconditionFailure.Types.Violation
            {
                Type = "AWAITING_SAFETY", Subject = subject, Description = "Safety has not cleared the activity yet.",
            });
        }

        var message = "NOT_CLEARED: the activity cannot start until safety clears it: "
            + string.Join("; ", failure.Violations.Select(v => v.Description));
        return new Status
        {
            Code = (int)Code.FailedPrecondition,
            Message = message,
            Details = { Any.Pack(failure), Any.Pack(new ErrorInfo { Reason = "NOT_CLEARED", Domain = ServiceDefaults.Grpc.RpcErrors.Domain }) },
        }.ToRpcException();
    }
}
