namespace Volunteer.Safety.Insurance;

/// <summary>A run of days, both ends included.</summary>
public sealed record DayWindow(DateOnly From, DateOnly To);
