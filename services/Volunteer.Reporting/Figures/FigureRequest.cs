namespace Volunteer.Reporting.Figures;

/// <summary>Which figures are asked for: a union's subtree (or the caller's default) and an optionally open period.</summary>
public sealed record FigureRequest(Guid? UnionId, DateOnly? Start, DateOnly? End);
