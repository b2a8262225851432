namespace Volunteer.Safety.Clearance;

/// <summary>An activity's service days with the travel days before and after them.</summary>
public sealed record ActivityDays(DateOnly StartsOn, DateOnly EndsOn, DateOnly DepartsOn, DateOnly ReturnsOn, bool Online)
{
    public bool IsTravelDay(DateOnly day) => day < StartsOn || day > EndsOn;

    /// <summary>Every day from departure to return, both included.</summary>
    public IEnumerable<DateOnly> AllDays()
    {
        for (var day = DepartsOn; day <= ReturnsOn; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
