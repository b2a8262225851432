namespace Volunteer.Messaging.Benchmarks;

/// <summary>What one run measures, from the command line (<c>--events N</c>).</summary>
internal sealed record BenchmarkSettings(int Events)
{
    public const string Usage =
        "usage: dotnet run -c Release --project benchmarks/Volunteer.Messaging.Benchmarks [-- --events N]";

    /// <summary>
    /// Writers (and publishers) working at once, as a service's concurrent requests would: enough to
    /// keep the database and broker busy, few enough to be what one replica sees.
    /// </summary>
    public const int Concurrency = 8;

    /// <summary>Runs per path; the figure is their median.</summary>
    public const int Runs = 3;

    /// <summary>Uncounted runs per path before those, while the JIT optimises the code the paths run.</summary>
    public const int WarmUpRuns = 2;

    /// <summary>
    /// The platform's consumer prefetch, which the direct path's consumer uses too: both then take as many
    /// deliveries from the broker ahead and handle as many at once.
    /// </summary>
    public const int PrefetchCount = MessagingExtensions.DefaultPrefetchCount;

    /// <returns>The settings, or null when the arguments are not understood.</returns>
    public static BenchmarkSettings? Parse(string[] args)
    {
        var events = 5_000;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--events" && i + 1 < args.Length && int.TryParse(args[++i], out events) && events > 0)
            {
                continue;
            }

            return null;
        }

        return new BenchmarkSettings(events);
    }
}
