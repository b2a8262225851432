using Grpc.Core;

namespace Volunteer.Testing;

/// <summary>How a call ended: its code, message and the ErrorInfo reason, if the error carried one.</summary>
public sealed record RpcOutcome(StatusCode Code, string Message, string? Reason)
{
    public bool IsServerFault => Code is StatusCode.Internal or StatusCode.Unknown;

    public bool IsRoleRefusal => Code == StatusCode.PermissionDenied && Reason == "ROLE_NOT_ALLOWED";

    public override string ToString() => $"{Code} {Reason} {Message}";
}
