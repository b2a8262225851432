using Google.Protobuf.WellKnownTypes;
using Proto = Volunteer.Contracts.Reporting.V1;

namespace Volunteer.Reporting.Data;

public static class KnownServiceMapping
{
    public static Proto.KnownService ToProto(this KnownService s) => new()
    {
        Name = s.ServiceName,
        InstanceId = s.InstanceId,
        Version = s.Version,
        StartedAt = Timestamp.FromDateTimeOffset(s.StartedAt),
        LastAnnouncedAt = Timestamp.FromDateTimeOffset(s.LastAnnouncedAt),
    };
}
