namespace Volunteer.Reporting.Records;

public static class Masking
{
    /// <summary>"李文静" → "李**": the family name only, as records and certificates show a person.</summary>
    public static string Name(string name)
    {
        var letters = name.Trim();
        return letters.Length == 0 ? "" : letters[..1] + new string('*', Math.Max(letters.Length - 1, 1));
    }
}
