namespace Volunteer.Reporting.Scope;

/// <summary>
/// The union subtree a report covers: its root (null before any provincial union is known) and the
/// unions in it, or null unions for the whole province.
/// </summary>
public sealed record ReportScope(Guid? RootId, string RootName, IReadOnlyList<Guid>? Unions)
{
    public bool Includes(Guid unionId) => Unions is null || Unions.Contains(unionId);
}
