namespace Volunteer.Reporting.Grpc;

/// <summary>Bounds on request texts several reporting RPCs share, as documented in the protos.</summary>
public static class RequestLimits
{
    public const int RequestId = 100;
}
