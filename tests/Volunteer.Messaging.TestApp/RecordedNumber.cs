namespace Volunteer.Messaging.TestApp;

/// <summary>The producer's change: a number it recorded (and announced with <see cref="NumberRecorded"/>).</summary>
public sealed class RecordedNumber
{
    public long Id { get; init; }

    public int Number { get; init; }
}
