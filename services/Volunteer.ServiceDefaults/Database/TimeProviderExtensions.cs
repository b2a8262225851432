namespace Volunteer.ServiceDefaults.Database;

public static class TimeProviderExtensions
{
    /// <summary>
    /// Now, at the microsecond precision PostgreSQL stores, so what an RPC returns right after a
    /// write equals what a later read returns.
    /// </summary>
    public static DateTimeOffset GetUtcNowForDatabase(this TimeProvider timeProvider)
    {
        var now = timeProvider.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
