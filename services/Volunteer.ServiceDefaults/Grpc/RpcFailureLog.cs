using Microsoft.Extensions.Logging;

namespace Volunteer.ServiceDefaults.Grpc;

/// <summary>
/// The one line a failed call leaves. Calls that end well log nothing, so a busy service's console
/// shows its problems; failures nobody expected are logged by the gRPC host with their exception.
/// </summary>
internal static partial class RpcFailureLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} refused: {StatusCode} {Reason}")]
    public static partial void Refused(ILogger logger, string method, string statusCode, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Method} failed: {StatusCode}")]
    public static partial void Failed(ILogger logger, string method, string statusCode);
}
