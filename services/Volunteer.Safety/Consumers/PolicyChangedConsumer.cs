using MassTransit;
using Volunteer.Contracts.Events;
using Volunteer.Safety.Clearance;
using Volunteer.Safety.Insurance;

namespace Volunteer.Safety.Consumers;

/// <summary>
/// A policy's new period or travel cover may block or clear the activities of the people it insures on the
/// days whose cover changed (<see cref="CoverChange"/>). Judged again from safety's own announcement of the
/// change, once it is committed, so the judgement reads the new terms; an unchanged verdict publishes nothing.
/// </summary>
public sealed class PolicyChangedConsumer(CoverChange coverChange, ClearanceEvaluation clearance)
    : IConsumer<PolicyChanged>
{
    public async Task Consume(ConsumeContext<PolicyChanged> context)
    {
        var affected = await coverChange.VolunteersAffectedAsync(context.Message, context.CancellationToken);
        if (affected.Count > 0)
        {
            await clearance.RecomputeForVolunteersAsync(affected, context.CancellationToken);
        }
    }
}
