namespace Volunteer.Reporting.Figures;

/// <summary>
/// What the figures of a scope and period depend on besides the request: the last projected event (its
/// sequence in the projection log, shared by every replica) and the campaign day.
/// </summary>
public readonly record struct FigureState(long ProjectedThrough, DateOnly Today);
