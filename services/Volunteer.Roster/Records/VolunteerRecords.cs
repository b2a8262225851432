using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Roster.Data;
using Volunteer.Roster.Volunteers;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Roster.Records;

/// <summary>The training and awards parts of a volunteer's record.</summary>
public sealed class VolunteerRecords(RosterDbContext db, VolunteerRegistry registry, TimeProvider timeProvider)
{
    public async Task<Training> RecordTrainingAsync(
        Proto.RecordTrainingRequest request, CancellationToken cancellationToken)
    {
        var given = request.Training ?? new Proto.TrainingRecord();
        var violations = new FieldViolations();
        var requestId = RequestIds.Check(request.RequestId, violations);
        if (given.Kind == Proto.TrainingKind.Unspecified || !Enum.IsDefined((TrainingKind)given.Kind))
        {
            violations.Add("training.kind", "is required: business, conduct or safety");
        }

        FieldRules.RequireText(given.Name, 100, "training.name", violations);
        FieldRules.OptionalText(given.Content, 1000, "training.content", violations);
        if (given.Hours is <= 0 or > 200 || double.IsNaN(given.Hours))
        {
            violations.Add("training.hours", "must be more than 0 and at most 200");
        }

        FieldRules.RequireText(given.Organiser, 100, "training.organiser", violations);
        var date = RecordRules.PastDate(given.Date, "training.date", CampaignClock.Today(timeProvider), violations);
        violations.ThrowIfAny();
        var volunteer = await registry.FindAsync(request.VolunteerId, cancellationToken);
        // The volunteer was authorized at the edge: a replay is looked up in their record only.
        if (requestId is not null && await db.Trainings.AsNoTracking().FirstOrDefaultAsync(
                t => t.VolunteerId == volunteer.Id && t.RequestId == requestId, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var training = new Training
        {
            Id = Guid.CreateVersion7(),
            VolunteerId = volunteer.Id,
            Kind = (TrainingKind)given.Kind,
            Name = given.Name.Trim(),
            Content = string.IsNullOrWhiteSpace(given.Content) ? null : given.Content.Trim(),
            Hours = Math.Round((decimal)given.Hours, 1),
            Organiser = given.Organiser.Trim(),
            Date = date,
            RequestId = requestId,
            RecordedAt = timeProvider.GetUtcNowForDatabase(),
        };
        db.Trainings.Add(training);
        db.AddIntegrationEvent(new TrainingRecorded(training.Id, volunteer.Id, volunteer.UnionId,
            training.Kind.ToString().ToLowerInvariant(), training.Name, training.Hours, training.Date));
        await db.SaveChangesAsync(cancellationToken);
        return training;
    }

    public async Task<Award> RecordAwardAsync(Proto.RecordAwardRequest request, CancellationToken cancellationToken)
    {
        var given = request.Award ?? new Proto.Award();
        var violations = new FieldViolations();
        var requestId = RequestIds.Check(request.RequestId, violations);
        FieldRules.RequireText(given.Name, 100, "award.name", violations);
        FieldRules.RequireText(given.GrantingBody, 100, "award.granting_body", violations);
        var date = RecordRules.PastDate(given.Date, "award.date", CampaignClock.Today(timeProvider), violations);
        violations.ThrowIfAny();
        var volunteer = await registry.FindAsync(request.VolunteerId, cancellationToken);
        if (requestId is not null && await db.Awards.AsNoTracking().FirstOrDefaultAsync(
                a => a.VolunteerId == volunteer.Id && a.RequestId == requestId, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var award = new Award
        {
            Id = Guid.CreateVersion7(),
            VolunteerId = volunteer.Id,
            Name = given.Name.Trim(),
            Date = date,
            GrantingBody = given.GrantingBody.Trim(),
            RequestId = requestId,
            RecordedAt = timeProvider.GetUtcNowForDatabase(),
        };
        db.Awards.Add(award);
        db.AddIntegrationEvent(new AwardRecorded(award.Id, volunteer.Id, volunteer.UnionId, award.Name, award.Date, award.GrantingBody));
        await db.SaveChangesAsync(cancellationToken);
        return award;
    }

    public async Task<(List<Training> Trainings, List<Award> Awards)> ForVolunteerAsync(Guid volunteerId, CancellationToken cancellationToken) =>
        (await db.Trainings.AsNoTracking().Where(t => t.VolunteerId == volunteerId).OrderBy(t => t.Date).ThenBy(t => t.Id).ToListAsync(cancellationToken),
         await db.Awards.AsNoTracking().Where(a => a.VolunteerId == volunteerId).OrderBy(a => a.Date).ThenBy(a => a.Id).ToListAsync(cancellationToken));
}
