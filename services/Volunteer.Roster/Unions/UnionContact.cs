namespace Volunteer.Roster.Unions;

/// <summary>A union's contact as stored: a trimmed name and a normalized phone, each absent when not given.</summary>
public sealed record UnionContact(string? Name, string? Phone);
