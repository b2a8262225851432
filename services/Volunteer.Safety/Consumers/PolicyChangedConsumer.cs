using MassTransit;
using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Events;
using Volunteer.Safety.Clearance;
using Volunteer.Safety.Data;

namespace Volunteer.Safety.Consumers;

/// <summary>
/// A policy's new period or travel cover may block or clear the activities of the people it insures. Judged
/// again from safety's own announcement of the change, once it is committed, so the judgement reads the new
/// terms; an unchanged verdict publishes nothing.
/// </summary>
public sealed class PolicyChangedConsumer(SafetyDbContext db, ClearanceEvaluation clearance)
    : IConsumer<PolicyChanged>
{
    public async Task Consume(ConsumeContext<PolicyChanged> context)
    {
        var insured = await db.InsuredPeriods.Where(i => i.PolicyId == context.Message.PolicyId)
            .Select(i => i.VolunteerId).Distinct().ToListAsync(context.CancellationToken);
        await clearance.RecomputeForVolunteersAsync(insured, context.CancellationToken);
    }
}
