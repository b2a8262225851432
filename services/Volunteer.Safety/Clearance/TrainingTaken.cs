namespace Volunteer.Safety.Clearance;

/// <summary>A preparation training a participant took: its kind as roster names it and its day.</summary>
public sealed record TrainingTaken(string Kind, DateOnly Date);
