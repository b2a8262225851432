using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Volunteer.Activity.History;

/// <summary>
/// Notes each field an edit changes while the entity takes the new value, so the history lists exactly
/// what differs (values compared as the history shows them).
/// </summary>
public sealed class ChangeLog
{
    public List<FieldChange> Changes { get; } = [];

    /// <summary>The new value, noting it when it differs from the old one.</summary>
    public T Note<T>(string path, T before, T after)
    {
        var (was, now) = (Text(before), Text(after));
        if (was != now)
        {
            Changes.Add(new FieldChange(path, was, now, Personal: false));
        }

        return after;
    }

    /// <summary>As Note, but only the fact of the change is kept: personal data stays out of the history.</summary>
    public T NotePersonal<T>(string path, T before, T after)
    {
        if (Text(before) != Text(after))
        {
            Changes.Add(new FieldChange(path, "", "", Personal: true));
        }

        return after;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string text => text,
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ITuple tuple => string.Join(" ", Enumerable.Range(0, tuple.Length).Select(i => Text(tuple[i]))),
        IEnumerable list => string.Join(",", list.Cast<object?>().Select(Text)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
