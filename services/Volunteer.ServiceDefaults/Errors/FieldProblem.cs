namespace Volunteer.ServiceDefaults.Errors;

/// <summary>One bad field of a request: its path as in the proto (snake_case, dots, [index]) and why.</summary>
public sealed record FieldProblem(string Field, string Description);
