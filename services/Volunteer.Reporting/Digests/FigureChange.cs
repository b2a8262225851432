namespace Volunteer.Reporting.Digests;

/// <summary>A figure (a DigestText key) that a later version of a digest reports differently.</summary>
public sealed record FigureChange(string Figure, decimal Before, decimal After);
