namespace Volunteer.Messaging.TestApp;

/// <summary>The consumer's effect: one row per handling, deliberately without a unique key, so a double handling shows.</summary>
public sealed class Effect
{
    public long Id { get; init; }

    public int Number { get; init; }
}
