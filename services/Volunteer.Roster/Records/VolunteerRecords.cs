using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Roster.Data;
using Volunteer.Roster.Volunteers;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Roster.Records;

/// <summary>The training and awards parts of a volunteer's record.</summary>
public sealed class VolunteerRecords(RosterDbContext db, VolunteerRegistry registry, TimeProvider timeProvider)
{
    public async Task<Training> RecordTrainingAsync(NewTraining given, CancellationToken cancellationToken)
    {
        var volunteer = await registry.FindAsync(given.VolunteerId, cancellationToken);
        // The volunteer was authorized at the edge: a replay is looked up in their record only.
        if (given.RequestId is not null && await db.Trainings.AsNoTracking().FirstOrDefaultAsync(
                t => t.VolunteerId == volunteer.Id && t.RequestId == given.RequestId, cancellationToken)
            is { } earlier)
        {
            return earlier;
        }

        var training = new Training
        {
            Id = Guid.CreateVersion7(),
            VolunteerId = volunteer.Id,
            Kind = given.Kind,
            Name = given.Name,
            Content = given.Content,
            Hours = given.Hours,
            Organiser = given.Organiser,
            Date = given.Date,
            RequestId = given.RequestId,
            RecordedAt = timeProvider.GetUtcNowForDatabase(),
        };
        db.Trainings.Add(training);
        db.AddIntegrationEvent(new TrainingRecorded(training.Id, volunteer.Id, volunteer.UnionId,
            training.Kind.ToString().ToLowerInvariant(), training.Name, training.Hours, training.Date,
            training.Content ?? "", training.Organiser));
        await db.SaveChangesAsync(cancellationToken);
        return training;
    }

    public async Task<Award> RecordAwardAsync(NewAward given, CancellationToken cancellationToken)
    {
        var volunteer = await registry.FindAsync(given.VolunteerId, cancellationToken);
        if (given.RequestId is not null && await db.Awards.AsNoTracking().FirstOrDefaultAsync(
                a => a.VolunteerId == volunteer.Id && a.RequestId == given.RequestId, cancellationToken)
            is { } earlier)
        {
            return earlier;
        }

        var award = new Award
        {
            Id = Guid.CreateVersion7(),
            VolunteerId = volunteer.Id,
            Name = given.Name,
            Date = given.Date,
            GrantingBody = given.GrantingBody,
            RequestId = given.RequestId,
            RecordedAt = timeProvider.GetUtcNowForDatabase(),
        };
        db.Awards.Add(award);
        db.AddIntegrationEvent(new AwardRecorded(award.Id, volunteer.Id, volunteer.UnionId, award.Name, award.Date, award.GrantingBody));
        await db.SaveChangesAsync(cancellationToken);
        return award;
    }

    public async Task<(List<Training> Trainings, List<Award> Awards)> ForVolunteerAsync(
        Guid volunteerId, CancellationToken cancellationToken) =>
        (await RecordQueries.Trainings(db, volunteerId).ToListAsync(cancellationToken),
         await RecordQueries.Awards(db, volunteerId).ToListAsync(cancellationToken));
}
