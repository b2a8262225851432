namespace Volunteer.Roster.Volunteers;

public enum IdDocumentType
{
    ResidentIdCard = 1,
    Other = 2,
}
