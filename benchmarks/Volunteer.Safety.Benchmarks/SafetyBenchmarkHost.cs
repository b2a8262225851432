using Volunteer.Testing;

namespace Volunteer.Safety.Benchmarks;

/// <summary>The safety service in-process on a fresh database and virtual host.</summary>
// global::Program is the safety service's entry point, not this benchmark's.
internal sealed class SafetyBenchmarkHost() : BenchmarkServiceHost<global::Program>("safetydb", "services/Volunteer.Safety");
