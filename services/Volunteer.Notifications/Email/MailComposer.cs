using Microsoft.Extensions.Options;
using MimeKit;
using Volunteer.Notifications.Inbox;

namespace Volunteer.Notifications.Email;

/// <summary>A notification as mail: the same Chinese text and link as in the inbox, nothing more.</summary>
public sealed class MailComposer(IOptions<EmailOptions> options)
{
    public const string Subject = "职工志愿服务平台通知";

    public MimeMessage Compose(Notification notification, string address)
    {
        var message = new MimeMessage { Subject = Subject };
        message.From.Add(MailboxAddress.Parse(options.Value.From!));
        message.To.Add(MailboxAddress.Parse(address));
        message.Headers.Add("X-Volunteer-Notification", notification.Id.ToString());
        message.Body = new TextPart("plain")
        {
            Text = $"{notification.Text}\n\n在平台中查看：{notification.Link}\n\n此邮件由系统发送，请勿回复。",
        };
        return message;
    }
}
