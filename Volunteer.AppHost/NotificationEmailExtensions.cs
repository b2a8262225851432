using Microsoft.Extensions.Configuration;

namespace Volunteer.AppHost;

internal static class NotificationEmailExtensions
{
    private const string PasswordParameter = "notifications-smtp-password";

    /// <summary>
    /// Forwards the AppHost's "Notifications:Email" settings (Enabled, Host, Port, Security, From, UserName)
    /// to the notifications service; without them mail stays off. The SMTP password is a secret parameter
    /// ("Parameters:notifications-smtp-password"), never a plain setting.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithNotificationEmail(
        this IResourceBuilder<ProjectResource> service)
    {
        var builder = service.ApplicationBuilder;
        foreach (var setting in builder.Configuration.GetSection("Notifications:Email").GetChildren()
                     .Where(s => s.Value is not null && s.Key != "Password"))
        {
            service.WithEnvironment($"Notifications__Email__{setting.Key}", setting.Value);
        }

        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"Parameters:{PasswordParameter}"]))
        {
            var password = builder.AddParameter(PasswordParameter, secret: true)
                .WithDescription("The SMTP account's password for notification mail.");
            service.WithEnvironment("Notifications__Email__Password", password);
        }

        return service;
    }
}
