using Google.Protobuf.WellKnownTypes;
using Volunteer.Notifications.Inbox;
using Proto = Volunteer.Contracts.Notifications.V1;

namespace Volunteer.Notifications.Grpc;

public static class NotificationMapping
{
    public static Proto.Notification ToProto(this Notification notification)
    {
        var proto = new Proto.Notification
        {
            Id = notification.Id.ToString(),
            Kind = notification.Kind,
            Text = notification.Text,
            Link = notification.Link,
            CreatedAt = Timestamp.FromDateTimeOffset(notification.CreatedAt),
        };
        if (notification.ReadAt is { } readAt)
        {
            proto.ReadAt = Timestamp.FromDateTimeOffset(readAt);
        }

        return proto;
    }

    public static Proto.NotificationSettings ToProto(this NotificationSettings settings) => new()
    {
        EmailAddress = settings.EmailAddress ?? "", EmailEnabled = settings.EmailEnabled,
    };
}
