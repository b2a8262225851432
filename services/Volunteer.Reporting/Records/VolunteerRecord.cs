using Volunteer.Reporting.ReadModels;

namespace Volunteer.Reporting.Records;

/// <summary>
/// What a volunteer's 志愿服务记录 is made of: the person, each recorded day of service with its activity
/// (in the order the record lists them), trainings, awards, and the names of the unions it mentions.
/// </summary>
public sealed record VolunteerRecord(
    VolunteerRow Volunteer,
    IReadOnlyDictionary<Guid, string> UnionNames,
    IReadOnlyList<(ServiceLine Line, ActivityRow Activity)> Services,
    IReadOnlyList<TrainingRow> Trainings,
    IReadOnlyList<AwardRow> Awards);
