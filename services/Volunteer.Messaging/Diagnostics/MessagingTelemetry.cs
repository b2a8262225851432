using System.Diagnostics;

namespace Volunteer.Messaging.Diagnostics;

internal static class MessagingTelemetry
{
    /// <summary>Relay spans; they continue the trace of the change that wrote the row.</summary>
    public static readonly ActivitySource Source = new(MessagingMetrics.MeterName);
}
