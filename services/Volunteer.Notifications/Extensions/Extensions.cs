using Volunteer.Messaging;
using Volunteer.Notifications.Activities;
using Volunteer.Notifications.Consumers;
using Volunteer.Notifications.Data;
using Volunteer.Notifications.Email;
using Volunteer.Notifications.Inbox;
using Volunteer.Notifications.Live;
using Volunteer.Notifications.Overdue;
using Volunteer.Notifications.Recipients;
using Volunteer.Notifications.Scope;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Notifications.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationsDbContext>("notificationsdb");
        builder.AddMessaging<NotificationsDbContext>(bus =>
        {
            bus.AddConsumer<RoleGrantedConsumer>();
            bus.AddConsumer<RoleRevokedConsumer>();
            bus.AddConsumer<TeamMemberJoinedConsumer>();
            bus.AddConsumer<TeamMemberLeftConsumer>();
            bus.AddConsumer<ActivityPlannedConsumer>();
            bus.AddConsumer<ParticipantConfirmedConsumer>();
            bus.AddConsumer<ActivityClearanceChangedConsumer>();
            bus.AddConsumer<AttendanceRecordedConsumer>();
            bus.AddConsumer<ActivityRecordedConsumer>();
            bus.AddConsumer<ActivityCancelledConsumer>();
            bus.AddConsumer<PolicyExpiringConsumer>();
            bus.AddConsumer<DigestPublishedConsumer>();
        });
        builder.AddConcurrentChangeRetry<NotificationsDbContext>();
        builder.Services.AddScoped<IAccessScope, NotificationsAccessScope>();
        builder.Services.AddScoped<RecipientDirectory>();
        builder.Services.AddScoped<TeamRoll>();
        builder.Services.AddScoped<ActivityBook>();
        builder.Services.AddScoped<NotificationWriter>();
        builder.Services.AddScoped<NotificationInbox>();
        builder.Services.AddScoped<SettingsDesk>();
        builder.Services.AddSingleton<NotificationSignal>();
        builder.Services.AddScoped<NotificationStream>();
        builder.Services.AddHostedService<NotificationListener>();
        builder.Services.AddSingleton(RecordingDeadline.From(builder.Configuration));
        builder.Services.AddOptions<OverdueOptions>().Bind(builder.Configuration.GetSection(OverdueOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<RecordOverdueScan>();
        builder.Services.AddHostedService<RecordOverdueJob>();
        builder.Services.AddOptions<EmailOptions>().Bind(builder.Configuration.GetSection(EmailOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<MailComposer>();
        builder.Services.AddScoped<EmailDispatch>();
        builder.Services.AddHostedService<EmailDispatchJob>();
    }
}
