namespace Volunteer.Messaging.TestApp;

/// <summary>The integration event of the test app: a number was recorded. Negative numbers are poison.</summary>
public sealed record NumberRecorded(int Number);
