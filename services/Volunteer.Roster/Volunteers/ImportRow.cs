using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Roster.Volunteers;

/// <summary>One row of an import as read: its registration when valid, else the problems found so far.</summary>
public sealed record ImportRow(ValidRegistration? Registration, FieldViolations Violations);
