using Volunteer.Testing;

namespace Volunteer.Reads.Benchmarks;

/// <summary>
/// Calls per second of roster's GetStaffVolunteer, activity's GetActivity and reporting's GetFigures, each
/// with its token, role and scope checks, against a minimal gRPC service reading one row by primary key.
/// Each service runs alone on real Kestrel against real PostgreSQL and RabbitMQ; the baseline runs in a
/// process of its own and is measured in turn with each read. Prints figures; asserts nothing.
/// </summary>
internal static class Program
{
    public static async Task Main(string[] args)
    {
        if (args is [BaselineProcess.Argument, var connectionString])
        {
            await BaselineProcess.ServeAsync(connectionString);
            return;
        }

        Console.WriteLine("Starting (or finding) PostgreSQL and RabbitMQ ...");
        await TestServers.GetAsync();
        var (volunteer, baselineServer, baseline) = await RosterRead.MeasureAsync();
        using (baselineServer)
        {
            var activity = await ActivityRead.MeasureAsync(baseline);
            var figures = await ReportingRead.MeasureAsync(baseline);
            Report.Print([volunteer, activity, figures]);
        }
    }
}
