namespace Volunteer.Reporting.Scope;

/// <summary>
/// The union a report's scope starts from, before the unions below it are listed: enough to name the scope
/// and to find figures already computed for it. No id before any provincial union is known.
/// </summary>
public sealed record ReportRoot(Guid? Id, string Name, bool WholeProvince);
