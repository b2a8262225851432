using Grpc.Core;
using Volunteer.Contracts.Notifications.V1;
using Volunteer.Notifications.Data;
using Volunteer.Notifications.Inbox;
using Volunteer.Notifications.Live;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.Contracts.Auth;
using static Volunteer.Contracts.Auth.PlatformRoles;

namespace Volunteer.Notifications.Grpc;

/// <summary>
/// The notifications edge. Every role has an inbox, and every RPC acts for the token's subject alone: the
/// requests name no union, team or person, and the notifications they name are looked for among the
/// caller's own, so someone else's answer NOT_FOUND like ones that never existed.
/// </summary>
public sealed class NotificationsApi(
    ServiceInfoProvider<NotificationsDbContext> serviceInfo,
    NotificationInbox inbox,
    NotificationStream stream,
    SettingsDesk settings,
    TimeProvider time) : NotificationsService.NotificationsServiceBase
{
    [Allow(ProvincialAdmin, UnionAdmin, TeamCaptain, SafetyOfficer, PlatformRoles.Volunteer, ReportViewer)]
    public override async Task<GetServiceInfoResponse> GetServiceInfo(
        GetServiceInfoRequest request, ServerCallContext context) =>
        new() { Info = await serviceInfo.DescribeAsync(context) };

    [Allow(ProvincialAdmin, UnionAdmin, TeamCaptain, SafetyOfficer, PlatformRoles.Volunteer, ReportViewer)]
    public override async Task<ListNotificationsResponse> ListNotifications(
        ListNotificationsRequest request, ServerCallContext context)
    {
        var page = NotificationValidation.List(request);
        var (found, next, unread) = await inbox.ListAsync(
            context.GetCaller().Subject, request.UnreadOnly, page, context.CancellationToken);
        return new() { Notifications = { found.Select(n => n.ToProto()) }, NextPageToken = next, UnreadCount = unread };
    }

    [Allow(ProvincialAdmin, UnionAdmin, TeamCaptain, SafetyOfficer, PlatformRoles.Volunteer, ReportViewer)]
    public override async Task<MarkNotificationsReadResponse> MarkNotificationsRead(
        MarkNotificationsReadRequest request, ServerCallContext context)
    {
        var (ids, upTo) = NotificationValidation.Mark(request);
        var subject = context.GetCaller().Subject;
        var marked = upTo is { } time
            ? await inbox.MarkUpToAsync(subject, time, context.CancellationToken)
            : await inbox.MarkAsync(subject, ids, context.CancellationToken);
        return new() { MarkedCount = marked };
    }

    [Allow(ProvincialAdmin, UnionAdmin, TeamCaptain, SafetyOfficer, PlatformRoles.Volunteer, ReportViewer)]
    public override async Task WatchNotifications(WatchNotificationsRequest request,
        IServerStreamWriter<WatchNotificationsResponse> responseStream, ServerCallContext context)
    {
        var since = NotificationValidation.Watch(request, time.GetUtcNow());
        try
        {
            await stream.RunAsync(context.GetCaller().Subject, since, (notification, unread) =>
                    responseStream.WriteAsync(new WatchNotificationsResponse
                    {
                        Notification = notification?.ToProto(), UnreadCount = unread,
                    }),
                context.CancellationToken);
        }
        catch (OperationCanceledException) when (context.GetHttpContext().RequestAborted.IsCancellationRequested)
        {
            // The client went away. An expired token also cancels: that ends the stream UNAUTHENTICATED.
        }
    }

    [Allow(ProvincialAdmin, UnionAdmin, TeamCaptain, SafetyOfficer, PlatformRoles.Volunteer, ReportViewer)]
    public override async Task<GetNotificationSettingsResponse> GetNotificationSettings(
        GetNotificationSettingsRequest request, ServerCallContext context) =>
        new() { Settings = (await settings.GetAsync(context.GetCaller().Subject, context.CancellationToken))
            .ToProto() };

    [Allow(ProvincialAdmin, UnionAdmin, TeamCaptain, SafetyOfficer, PlatformRoles.Volunteer, ReportViewer)]
    public override async Task<UpdateNotificationSettingsResponse> UpdateNotificationSettings(
        UpdateNotificationSettingsRequest request, ServerCallContext context)
    {
        var change = NotificationValidation.Update(request);
        var stored = await settings.UpdateAsync(change, context.GetCaller().Subject, context.CancellationToken);
        return new() { Settings = stored.ToProto() };
    }
}
