namespace Volunteer.Identity.SignUp;

/// <summary>A problem to show next to a sign-up field (the form's property name), or above the form ("").</summary>
public sealed record FormProblem(string Field, string Message);
