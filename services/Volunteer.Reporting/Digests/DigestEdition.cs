namespace Volunteer.Reporting.Digests;

/// <summary>
/// Which version of its period's digest this is, the first day its figures are final (provisional
/// before), and the figures that changed since the version before (empty for the first).
/// </summary>
public sealed record DigestEdition(int Version, DateOnly FinalFrom, IReadOnlyList<FigureChange> Changes)
{
    public bool IsFinal(DateOnly today) => today >= FinalFrom;
}
