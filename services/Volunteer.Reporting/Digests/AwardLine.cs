namespace Volunteer.Reporting.Digests;

/// <summary>A published commendation: its title, the team or (masked) volunteer, and their union.</summary>
public sealed record AwardLine(string Title, string Name, string UnionName);
