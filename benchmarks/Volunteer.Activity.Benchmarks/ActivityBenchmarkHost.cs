using Volunteer.Testing;

namespace Volunteer.Activity.Benchmarks;

/// <summary>The activity service in-process on a fresh database and virtual host.</summary>
// global::Program is the activity service's entry point, not this benchmark's.
internal sealed class ActivityBenchmarkHost() : BenchmarkServiceHost<global::Program>("activitydb", "services/Volunteer.Activity");
