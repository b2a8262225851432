using Volunteer.Testing;

namespace Volunteer.Safety.Tests;

public sealed class SafetyServiceHost() : ServiceHost<Program>("safetydb");
