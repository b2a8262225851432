using Volunteer.Testing;

namespace Volunteer.Seeder.Tests;

/// <summary>The real roster service in-process, for the seeder to fill.</summary>
public sealed class SeedRosterHost() : ServiceHost<Volunteer.Roster.Grpc.RosterApi>("rosterdb");
