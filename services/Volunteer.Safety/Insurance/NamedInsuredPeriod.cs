namespace Volunteer.Safety.Insurance;

/// <summary>An insured period with the volunteer's name, when the roster has told us it.</summary>
public sealed record NamedInsuredPeriod(InsuredPeriod Period, string? VolunteerName);
