using System.Diagnostics;
using Grpc.Core;
using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Benchmarks;

/// <summary>Approves volunteers through VetStaffVolunteer, several at once as a team of reviewers would.</summary>
internal static class Vetting
{
    public static async Task<TimeSpan> ApproveAsync(RosterService.RosterServiceClient client, Func<Metadata> caller, IReadOnlyList<string> ids)
    {
        var stopwatch = Stopwatch.StartNew();
        var options = new ParallelOptions { MaxDegreeOfParallelism = BenchmarkSettings.VettingConcurrency };
        var reviewer = caller();
        await Parallel.ForEachAsync(ids, options, async (id, cancellationToken) =>
            await client.VetStaffVolunteerAsync(
                new VetStaffVolunteerRequest { Id = id, Decision = VettingState.Approved }, reviewer, cancellationToken: cancellationToken));
        return stopwatch.Elapsed;
    }
}
