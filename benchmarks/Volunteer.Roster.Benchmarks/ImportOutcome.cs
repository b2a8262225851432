namespace Volunteer.Roster.Benchmarks;

/// <summary>Rows streamed through ImportStaffVolunteers, and the ids picked for approval.</summary>
internal sealed record ImportOutcome(int Rows, int Calls, TimeSpan Elapsed, IReadOnlyList<string> ToApprove)
{
    public double RowsPerSecond => Rows / Elapsed.TotalSeconds;
}
