using Google.Protobuf.WellKnownTypes;
using Volunteer.Contracts.Activity.V1;
using Volunteer.Contracts.Safety.V1;
using Volunteer.Seeder.Demo;
using Volunteer.Seeder.Tokens;

namespace Volunteer.Seeder.Seeding;

/// <summary>
/// The campaign's few incidents: a sprain or heat stroke on the first morning, reported to safety; minor and
/// moderate ones are closed, a serious one is reported to the province and its claim filed.
/// </summary>
public sealed class IncidentSeeding(SafetyService.SafetyServiceClient safety, CallerTokens tokens, SeedingRun run)
{
    public async Task ReportAsync(ActivitySpec spec, Activity current, CancellationToken cancellationToken)
    {
        if (spec.Incident is not { } severity || current.Participants.FirstOrDefault(p => p.Status == ParticipantStatus.Confirmed) is not { } involved)
        {
            return;
        }

        var occurred = new DateTimeOffset(spec.StartsOn.ToDateTime(new TimeOnly(10, 30)), TimeSpan.FromHours(8));
        var incident = (await safety.ReportIncidentAsync(new ReportIncidentRequest
        {
            RequestId = run.RequestId($"{spec.Key}-incident"), ActivityId = current.Id, OccurredTime = Timestamp.FromDateTimeOffset(occurred),
            Place = current.Place, Severity = severity, InvolvedVolunteerIds = { involved.VolunteerId },
            Description = severity == IncidentSeverity.Serious ? "下山途中滑倒致踝关节骨折，送县人民医院住院" : "午间高温作业出现中暑症状",
            FirstResponse = "领队现场处置，随队医生送医",
        }, tokens.Province, cancellationToken: cancellationToken)).Incident;
        if (incident.Status != IncidentStatus.Reported)
        {
            return;
        }

        var update = severity == IncidentSeverity.Serious
            ? new UpdateIncidentRequest
            {
                Id = incident.Id, Status = IncidentStatus.Investigating, ClaimStatus = ClaimStatus.Filed,
                ProvinceReportedTime = Timestamp.FromDateTimeOffset(occurred.AddHours(3)), InsurerNotifiedTime = Timestamp.FromDateTimeOffset(occurred.AddHours(5)),
                Note = "已报省工会并向保险公司报案",
            }
            : new UpdateIncidentRequest { Id = incident.Id, Status = IncidentStatus.Closed, InsurerNotifiedTime = Timestamp.FromDateTimeOffset(occurred.AddHours(6)), Note = "已康复，无需理赔" };
        await safety.UpdateIncidentAsync(update, tokens.Province, cancellationToken: cancellationToken);
    }
}
