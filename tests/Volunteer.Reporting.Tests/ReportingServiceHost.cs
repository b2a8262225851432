using Volunteer.Testing;

namespace Volunteer.Reporting.Tests;

public sealed class ReportingServiceHost() : ServiceHost<Program>("reportingdb");
