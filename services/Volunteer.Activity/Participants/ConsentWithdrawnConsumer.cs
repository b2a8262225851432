using MassTransit;
using Microsoft.EntityFrameworkCore;
using Volunteer.Activity.Activities;
using Volunteer.Activity.Data;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.ServiceDefaults.Database;

namespace Volunteer.Activity.Participants;

/// <summary>
/// A volunteer who withdrew their consents takes part in nothing that has not started (PIPL Art. 15): a
/// confirmed participation ends as withdrawn with a notice saying why, announced so that safety stops counting
/// them for clearance; a proposal still unanswered is declined. Activities under way or past keep their
/// attendance, as the rules on service records require. A redelivery finds nothing left to end. The answer is
/// stamped by this service's clock, like the confirmation it follows, so safety orders the two correctly.
/// </summary>
public sealed class ConsentWithdrawnConsumer(ActivityDbContext db, TimeProvider timeProvider)
    : IConsumer<ConsentWithdrawn>
{
    public const string Notice = "本人已撤回同意";

    public async Task Consume(ConsumeContext<ConsentWithdrawn> context)
    {
        var message = context.Message;
        var now = timeProvider.GetUtcNowForDatabase();
        var open = await db.Participants
            .Where(p => p.VolunteerId == message.VolunteerId
                && (p.Status == ParticipantStatus.Proposed || p.Status == ParticipantStatus.Confirmed))
            .Join(db.Activities, p => p.ActivityId, a => a.Id, (p, a) => new { Participant = p, a.Status, a.UnionId })
            .ToListAsync(context.CancellationToken);
        foreach (var (participant, unionId) in open
                     .Where(o => Lifecycle.TakesAnswers(o.Status)).Select(o => (o.Participant, o.UnionId)))
        {
            var withdrawing = participant.Status == ParticipantStatus.Confirmed;
            participant.Status = withdrawing ? ParticipantStatus.Withdrawn : ParticipantStatus.Declined;
            participant.Notice = Notice;
            participant.AnsweredAt = now;
            if (withdrawing)
            {
                db.AddIntegrationEvent(new ParticipantWithdrew(
                    participant.ActivityId, participant.VolunteerId, unionId, now));
            }
        }
    }
}
