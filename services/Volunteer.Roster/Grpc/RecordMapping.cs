using Volunteer.Roster.Records;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Grpc;

internal static class RecordMapping
{
    public static Proto.TrainingRecord ToProto(this Training training) => new()
    {
        Id = training.Id.ToString(),
        Kind = (Proto.TrainingKind)training.Kind,
        Name = training.Name,
        Content = training.Content ?? "",
        Hours = (double)training.Hours,
        Organiser = training.Organiser,
        Date = training.Date.ToString("yyyy-MM-dd"),
    };

    public static Proto.Award ToProto(this Award award) => new()
    {
        Id = award.Id.ToString(),
        Name = award.Name,
        Date = award.Date.ToString("yyyy-MM-dd"),
        GrantingBody = award.GrantingBody,
    };

    public static Proto.Award ToProto(this TeamAward award) => new()
    {
        Id = award.Id.ToString(),
        Name = award.Name,
        Date = award.Date.ToString("yyyy-MM-dd"),
        GrantingBody = award.GrantingBody,
    };
}
