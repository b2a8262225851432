using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Reporting.Commendation;

/// <summary>The province approves or rejects a nomination awaiting a decision; repeating it returns it.</summary>
public sealed class NominationDecisions(ReportingDbContext db, TimeProvider timeProvider)
{
    public async Task<NominationRow> DecideAsync(NominationVerdict verdict, PlatformCaller caller, CancellationToken ct)
    {
        var nomination = await db.Nominations.FirstAsync(n => n.Id == verdict.NominationId, ct);
        var status = verdict.Approve ? NominationStatuses.Approved : NominationStatuses.Rejected;
        if (nomination.Status == status && nomination.DecisionReason == verdict.Reason)
        {
            return nomination;
        }

        if (nomination.Status != NominationStatuses.Nominated)
        {
            throw new RuleBrokenException("NOMINATION_NOT_PENDING", nomination.Id.ToString(),
                nomination.Status == NominationStatuses.Withdrawn ? "提名已撤回，不能再作决定。" : "提名已有决定，不能更改。");
        }

        nomination.Status = status;
        nomination.DecisionReason = verdict.Reason;
        nomination.DecidedBy = caller.Subject;
        nomination.DecidedAt = timeProvider.GetUtcNowForDatabase();
        await db.SaveChangesAsync(ct);
        return nomination;
    }
}
