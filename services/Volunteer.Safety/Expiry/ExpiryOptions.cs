using System.ComponentModel.DataAnnotations;

namespace Volunteer.Safety.Expiry;

/// <summary>Configuration section "Safety:Expiry".</summary>
public sealed class ExpiryOptions
{
    public const string SectionName = "Safety:Expiry";

    /// <summary>Time of day (Asia/Shanghai) of the daily run; the service also runs once when it starts.</summary>
    public TimeOnly RunAt { get; set; } = new(6, 0);

    /// <summary>Policies ending within this many days from today are announced.</summary>
    [Range(0, 366)]
    public int HorizonDays { get; set; } = 14;
}
