namespace Volunteer.Roster.Tests;

/// <summary>Fictitious but well-formed resident ID numbers, with the check character computed here (ISO 7064 MOD 11-2).</summary>
internal static class TestIdNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private static int _sequence = 100;

    /// <summary>A new number for the region and birth date; odd sequence digits are male, even female.</summary>
    public static string Make(string region, DateOnly birthDate, bool male)
    {
        var sequence = Interlocked.Add(ref _sequence, 2) % 1000;
        sequence = male ? sequence | 1 : sequence & ~1;
        var body = $"{region}{birthDate:yyyyMMdd}{sequence:D3}";
        var sum = body.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }
}
