namespace Volunteer.Activity.History;

/// <summary>One field's value before and after an edit, as text; a personal field keeps no values.</summary>
/// <param name="Path">The field as the update mask names it.</param>
public sealed record FieldChange(string Path, string Before, string After, bool Personal);
