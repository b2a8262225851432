namespace Volunteer.ServiceDefaults.PersonalData;

/// <summary>
/// One reason an input was rejected. <see cref="Code"/> is stable so clients can branch on it or
/// translate it; <see cref="Description"/> is English for the engineer reading the response.
/// Descriptions never repeat the submitted value, so problems can be logged without leaking it.
/// </summary>
public sealed record ValidationProblem(string Code, string Description);
