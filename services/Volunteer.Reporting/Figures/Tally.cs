namespace Volunteer.Reporting.Figures;

public sealed record Tally(string Key, int Count);
