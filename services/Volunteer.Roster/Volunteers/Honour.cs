namespace Volunteer.Roster.Volunteers;

/// <summary>An honour declared at registration: its kind, level (e.g. 省级) and year.</summary>
public sealed record Honour(HonourKind Kind, string Level, int Year);
