namespace Volunteer.Roster.Benchmarks;

/// <summary>
/// Fictitious but well-formed resident ID numbers (check character by ISO 7064 MOD 11-2, as in the
/// roster tests' TestIdNumbers), one per row index and never repeated within a run.
/// </summary>
internal static class IdNumbers
{
    /// <summary>Birth dates cycle over this many days (about 33 years), so people are 27 to 60 in 2026.</summary>
    public const int BirthDays = 12_000;

    public static readonly DateOnly EarliestBirthDate = new(1966, 1, 1);

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>
    /// The birth date encoded for row <paramref name="row"/>; the row must declare the same date.
    /// </summary>
    public static DateOnly BirthDate(int row) => EarliestBirthDate.AddDays(row % BirthDays);

    /// <summary>
    /// Row <paramref name="row"/>'s number in the district: rows sharing a birth date differ in the
    /// sequence digits (row / BirthDays), whose last digit is odd for men, even for women.
    /// </summary>
    public static string Make(int row, string district, bool male)
    {
        var sequence = row / BirthDays * 2 + (male ? 1 : 0);
        if (sequence > 999)
        {
            throw new ArgumentOutOfRangeException(nameof(row), "More rows than the sequence digits can tell apart.");
        }

        var body = $"{district}{BirthDate(row):yyyyMMdd}{sequence:D3}";
        var sum = body.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }
}
