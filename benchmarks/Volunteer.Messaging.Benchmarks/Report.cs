namespace Volunteer.Messaging.Benchmarks;

/// <summary>The figures, aligned, for a person to read; nothing is judged.</summary>
internal static class Report
{
    public static void Print(Measurement outbox, Measurement direct)
    {
        Console.WriteLine();
        Console.WriteLine($"{outbox.Events} events per path, {BenchmarkSettings.Concurrency} concurrent writers, {Environment.ProcessorCount} cores");
        Console.WriteLine("  outbox: each writer commits one change + its event per transaction; a relay publishes; the consumer saves through the inbox");
        Console.WriteLine("  direct: each writer publishes one event at a time (publisher confirms); the consumer counts in memory");
        // The stage times (from the first write) tell whether writing, publishing or handling limits a path.
        Line("outbox -> broker -> inbox:", outbox,
            $"committed {Seconds(outbox.Written)}, relayed {Seconds(outbox.Published)}, handled {Seconds(outbox.Delivered)}, "
            + Cpu(outbox));
        Line("direct publish -> consumer:", direct,
            $"confirmed {Seconds(direct.Published)}, handled {Seconds(direct.Delivered)}, {Cpu(direct)}");
        Console.WriteLine($"  {"ratio outbox/direct:",-28}{outbox.EventsPerSecond / direct.EventsPerSecond,10:F2}");
    }

    private static void Line(string label, Measurement measurement, string stages) =>
        Console.WriteLine($"  {label,-28}{measurement.EventsPerSecond,10:F0} events/s   ({stages})");

    private static string Cpu(Measurement measurement) => $"cpu {measurement.CpuMicrosecondsPerEvent:F0} µs/event";

    private static string Seconds(TimeSpan time) => $"{time.TotalSeconds:F2} s";
}
