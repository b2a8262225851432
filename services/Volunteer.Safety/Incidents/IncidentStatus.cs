namespace Volunteer.Safety.Incidents;

/// <summary>Values match the proto enum; only ever moves forward.</summary>
public enum IncidentStatus
{
    Reported = 1,
    Investigating = 2,
    Closed = 3,
}
