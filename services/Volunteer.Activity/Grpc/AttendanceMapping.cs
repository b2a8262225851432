using Google.Protobuf.WellKnownTypes;
using Volunteer.Activity.Attendance;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Grpc;

internal static class AttendanceMapping
{
    public static Proto.Attendance ToProto(this AttendanceDay day) => new()
    {
        Id = day.Id.ToString(),
        ActivityId = day.ActivityId.ToString(),
        VolunteerId = day.VolunteerId.ToString(),
        Day = ActivityMapping.Day(day.Day),
        CheckInTime = Timestamp.FromDateTimeOffset(day.CheckedInAt),
        CheckOutTime = day.CheckedOutAt is { } outAt ? Timestamp.FromDateTimeOffset(outAt) : null,
        TravelMinutes = day.TravelMinutes,
        Place = day.Place ?? "",
        Evidence = day.Evidence ?? "",
        Hours = (double)day.Hours,
        HoursStatus = (Proto.HoursStatus)day.HoursStatus,
        Revision = day.Revision,
        Corrections =
        {
            day.Corrections.OrderBy(c => c.Revision).Select(c => new Proto.AttendanceCorrection
            {
                Revision = c.Revision,
                CheckInTime = Timestamp.FromDateTimeOffset(c.CheckedInAt),
                CheckOutTime = c.CheckedOutAt is { } outAt ? Timestamp.FromDateTimeOffset(outAt) : null,
                TravelMinutes = c.TravelMinutes,
                Hours = (double)c.Hours,
                Reason = c.Reason,
                CorrectedBy = c.CorrectedBy,
                CorrectTime = Timestamp.FromDateTimeOffset(c.CorrectedAt),
            }),
        },
    };
}
