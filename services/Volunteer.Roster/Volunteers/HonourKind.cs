namespace Volunteer.Roster.Volunteers;

public enum HonourKind
{
    ModelWorker = 1,
    AdvancedWorker = 2,
}
