using System.Net.Mail;
using Volunteer.Notifications.Inbox;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Notifications.V1;

namespace Volunteer.Notifications.Grpc;

/// <summary>Reads notification requests, naming every bad field before anything is read or written.</summary>
public static class NotificationValidation
{
    public const int MaxIdsPerMark = 500;
    public const int MaxEmailLength = 254;
    private static readonly string[] SettingsPaths = ["email_address", "email_enabled"];
    private static readonly TimeSpan MaxWatchBack = TimeSpan.FromDays(30);

    public static IdPage List(Proto.ListNotificationsRequest request)
    {
        var violations = new FieldViolations();
        var page = IdPage.Parse(request.PageSize, request.PageToken, violations);
        violations.ThrowIfAny();
        return page;
    }

    /// <summary>Either the ids or the time, never both and never neither.</summary>
    public static (List<Guid> Ids, DateTimeOffset? UpTo) Mark(Proto.MarkNotificationsReadRequest request)
    {
        var violations = new FieldViolations();
        var ids = FieldRules.Ids(request.Ids, "ids", MaxIdsPerMark, violations);
        var upTo = TimestampRules.Instant(request.UpTo, "up_to", violations);
        if (request.Ids.Count > 0 == (request.UpTo is not null))
        {
            violations.Add("ids", "请二选一：列出通知编号，或给出 up_to 时间");
        }

        violations.ThrowIfAny();
        return (ids, upTo);
    }

    public static DateTimeOffset? Watch(Proto.WatchNotificationsRequest request, DateTimeOffset now)
    {
        var violations = new FieldViolations();
        var since = TimestampRules.Instant(request.Since, "since", violations);
        if (since < now - MaxWatchBack)
        {
            violations.Add("since", "最多只能回溯 30 天");
        }

        violations.ThrowIfAny();
        return since;
    }

    public static SettingsChange Update(Proto.UpdateNotificationSettingsRequest request)
    {
        var violations = new FieldViolations();
        var given = request.Settings ?? new Proto.NotificationSettings();
        var paths = request.UpdateMask?.Paths.Count > 0 ? request.UpdateMask.Paths.ToList() : [.. SettingsPaths];
        if (paths.Count > SettingsPaths.Length || paths.Any(p => !SettingsPaths.Contains(p)))
        {
            violations.Add("update_mask", "只能修改 email_address 和 email_enabled");
        }

        var address = FieldRules.Trimmed(given.EmailAddress);
        if (address is not null && (address.Length > MaxEmailLength || !IsMailAddress(address)))
        {
            violations.Add("settings.email_address", $"应为不超过 {MaxEmailLength} 个字符的有效邮箱地址");
        }

        violations.ThrowIfAny();
        return new SettingsChange(paths.Contains("email_address"), address, paths.Contains("email_enabled"),
            given.EmailEnabled);
    }

    private static bool IsMailAddress(string value) =>
        MailAddress.TryCreate(value, out var parsed) && parsed.Address == value && parsed.DisplayName.Length == 0;
}
