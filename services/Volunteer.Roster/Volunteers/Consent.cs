namespace Volunteer.Roster.Volunteers;

/// <summary>A consent the volunteer gave: when, and to which version of the text.</summary>
public sealed record Consent(DateTimeOffset GivenAt, string TextVersion);
