namespace Volunteer.Roster.Records;

public enum TrainingKind
{
    Business = 1,
    Conduct = 2,
    Safety = 3,
}
