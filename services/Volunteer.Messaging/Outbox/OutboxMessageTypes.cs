using System.Collections.Concurrent;

namespace Volunteer.Messaging.Outbox;

/// <summary>How an event's type is written to the outbox and found again by the relay.</summary>
internal static class OutboxMessageTypes
{
    private static readonly ConcurrentDictionary<string, Type> Resolved = new();

    // Without the assembly version, so rows written by one build publish under the next.
    public static string NameOf(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static Type Resolve(string name) => Resolved.GetOrAdd(name, static n =>
        Type.GetType(n, throwOnError: false)
        ?? throw new UnpublishableMessageException($"Outbox message type '{n}' is not known to this build."));
}
