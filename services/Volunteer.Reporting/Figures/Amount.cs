namespace Volunteer.Reporting.Figures;

public sealed record Amount(string Key, decimal Value);
