namespace Volunteer.Messaging.Outbox;

/// <summary>How a batch is cut into publishes that are in flight together.</summary>
internal static class PublishWindows
{
    /// <summary>Runs of up to <paramref name="size"/> rows in write order; a row for which <paramref name="goesAlone"/>
    /// holds is a run of its own.</summary>
    public static IEnumerable<OutboxMessage[]> Of(
        IReadOnlyList<OutboxMessage> batch, int size, Func<OutboxMessage, bool> goesAlone)
    {
        var window = new List<OutboxMessage>(size);
        foreach (var message in batch)
        {
            var alone = goesAlone(message);
            if (window.Count > 0 && (alone || window.Count == size))
            {
                yield return [.. window];
                window.Clear();
            }

            window.Add(message);
            if (alone)
            {
                yield return [.. window];
                window.Clear();
            }
        }

        if (window.Count > 0)
        {
            yield return [.. window];
        }
    }
}
