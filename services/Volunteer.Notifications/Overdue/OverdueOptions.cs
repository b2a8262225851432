using System.ComponentModel.DataAnnotations;

namespace Volunteer.Notifications.Overdue;

public sealed class OverdueOptions
{
    public const string SectionName = "Notifications:Overdue";

    /// <summary>How often to look for activities whose recording deadline has passed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromHours(1);
}
