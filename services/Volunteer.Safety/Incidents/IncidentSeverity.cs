namespace Volunteer.Safety.Incidents;

/// <summary>Values match the proto enum; serious and critical ones go to the province the same day.</summary>
public enum IncidentSeverity
{
    Minor = 1,
    Moderate = 2,
    Serious = 3,
    Critical = 4,
}
