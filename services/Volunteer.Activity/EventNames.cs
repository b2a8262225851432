using System.Text;

namespace Volunteer.Activity;

/// <summary>Enum values as events spell them: lowercase words joined by hyphens ("InternetPlus" → "internet-plus").</summary>
internal static class EventNames
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
