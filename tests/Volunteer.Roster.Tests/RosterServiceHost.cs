using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

public class RosterServiceHost() : ServiceHost<Program>("rosterdb");
