namespace Volunteer.Safety.Plans;

/// <summary>An emergency contact with the phone in full; empty when it was saved before contacts had phones.</summary>
public sealed record RevealedContact(string Name, string Role, string Phone);
