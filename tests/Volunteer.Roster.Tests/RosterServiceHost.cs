using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

public sealed class RosterServiceHost() : ServiceHost<Program>("rosterdb");
