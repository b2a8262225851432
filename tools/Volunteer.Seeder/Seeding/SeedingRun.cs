using Microsoft.Extensions.Options;

namespace Volunteer.Seeder.Seeding;

/// <summary>One seeding run's shared settings: request ids derived from the seed, and bounded parallelism.</summary>
public sealed class SeedingRun(IOptions<SeederOptions> options)
{
    public int Seed => options.Value.Seed;

    public string RequestId(string key) => $"seed-{Seed}-{key}";

    public Task EachAsync<T>(IEnumerable<T> items, Func<T, CancellationToken, Task> step, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism, CancellationToken = cancellationToken },
            async (item, token) => await step(item, token));
}
