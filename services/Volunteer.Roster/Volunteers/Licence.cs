namespace Volunteer.Roster.Volunteers;

/// <summary>A professional licence (admits to medical activities); valid without end when no day is given.</summary>
public sealed record Licence(string Kind, string Number, DateOnly? ValidUntil);
