namespace Volunteer.Roster.Tests;

/// <summary>Fictitious but well-formed resident ID numbers, with the check character computed here (ISO 7064 MOD 11-2).</summary>
internal static class TestIdNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private static int _issued;

    /// <summary>
    /// A new number for the birth date, in the region's city: odd sequence digits are male, even
    /// female. Every 500 numbers the district moves on, so numbers never repeat within a run.
    /// </summary>
    public static string Make(string region, DateOnly birthDate, bool male)
    {
        var issued = Interlocked.Increment(ref _issued);
        var district = (int.Parse(region[4..]) + issued / 500) % 100;
        var sequence = (issued % 500) * 2 + (male ? 1 : 0);
        var body = $"{region[..4]}{district:D2}{birthDate:yyyyMMdd}{sequence:D3}";
        var sum = body.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }
}
