using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace Volunteer.Notifications.Email;

/// <summary>
/// Mail through an SMTP server, off unless Enabled. The credentials come from the secret store
/// (Notifications__Email__UserName, Notifications__Email__Password), never from a checked-in file.
/// </summary>
public sealed class EmailOptions : IValidatableObject
{
    public const string SectionName = "Notifications:Email";

    public bool Enabled { get; set; }

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    /// <summary>The sender, e.g. "职工志愿服务平台 &lt;noreply@example.org&gt;".</summary>
    public string? From { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts per mail before it is given up as failed (the inbox keeps the notification).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    [Range(1, 500)]
    public int BatchSize { get; set; } = 20;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && (string.IsNullOrWhiteSpace(Host) || string.IsNullOrWhiteSpace(From)))
        {
            yield return new ValidationResult(
                "Mail is enabled but Host or From is missing.", [nameof(Host), nameof(From)]);
        }
    }
}
