namespace Volunteer.AppHost;

/// <summary>What a service answers to the retry of its dead letters.</summary>
internal sealed record DeadLettersRetried(int Retried);
