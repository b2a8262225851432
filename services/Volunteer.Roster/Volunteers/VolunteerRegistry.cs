using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Roster.Data;
using Volunteer.Roster.Disclosures;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Errors;
using Volunteer.ServiceDefaults.PersonalData;

namespace Volunteer.Roster.Volunteers;

/// <summary>Registers volunteers, shows them (masked; the ID number only on audited request) and records vetting.</summary>
public sealed class VolunteerRegistry(
    RosterDbContext db, PersonalDataProtector protector, VolunteerFactory factory, CheckedThings checkedThings,
    TimeProvider timeProvider)
{
    private const string ResourceType = "volunteer.roster.v1.StaffVolunteer";

    public async Task<StaffVolunteer> RegisterAsync(ValidRegistration valid, CancellationToken cancellationToken)
    {
        if (await ReplayedAsync(valid, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var union = await db.Unions.AsNoTracking().FirstOrDefaultAsync(u => u.Id == valid.UnionId, cancellationToken)
            ?? throw new NotFoundException("volunteer.roster.v1.Union", valid.UnionId.ToString());

        var volunteer = factory.Create(valid, union, timeProvider.GetUtcNowForDatabase());
        db.Volunteers.Add(volunteer);
        db.AddIntegrationEvent(VolunteerFactory.Registered(volunteer));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return volunteer;
        }
        // A concurrent replay of the request id may meet either unique index first: it answers the first's
        // record. Another registration of the same person is refused.
        catch (DbUpdateException e) when (UniqueViolation.Of(e, "ix_staff_volunteers_id_number_lookup_hash"))
        {
            db.ChangeTracker.Clear();
            return await ReplayedAsync(valid, cancellationToken) ?? throw new AlreadyExistsException(
                ResourceType, volunteer.IdNumberMasked, VolunteerTexts.AlreadyRegistered);
        }
    }

    /// <summary>The volunteer, and their full ID number only when it is asked to be revealed (audited).</summary>
    public async Task<(StaffVolunteer Volunteer, string? IdNumber)> GetAsync(
        Guid id, bool revealIdNumber, PlatformCaller caller, CancellationToken cancellationToken)
    {
        // The edge loaded the row it checked; a province-wide caller was checked without loading it.
        var volunteer = checkedThings.Find<StaffVolunteer>(id) ?? await FindAsync(id, cancellationToken);
        if (!revealIdNumber)
        {
            return (volunteer, null);
        }

        // Audited before it is returned: a number that left without a trace is what the audit is for.
        db.Disclosures.Add(new Disclosure
        {
            Id = Guid.CreateVersion7(),
            Kind = DisclosureKind.IdNumberReveal,
            ActorSubject = caller.Subject,
            ActorRole = caller.Role,
            At = timeProvider.GetUtcNowForDatabase(),
            VolunteerId = volunteer.Id,
            UnionId = volunteer.UnionId,
            UnionPath = volunteer.UnionPath,
            RowCount = 1,
        });
        await db.SaveChangesAsync(cancellationToken);
        return (volunteer, protector.Decrypt(volunteer.IdNumberEncrypted));
    }

    public async Task<StaffVolunteer> VetAsync(
        VettingDecision decision, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var volunteer = await FindAsync(decision.VolunteerId, cancellationToken, tracked: true);
        if (volunteer.Vetting != VettingState.Pending)
        {
            throw new RuleBrokenException("VETTING_DECIDED", $"{ResourceType}/{volunteer.Id}",
                "该志愿者的审核已有结论。");
        }

        volunteer.Vetting = decision.Decision;
        volunteer.VettingReviewer = caller.Subject;
        volunteer.VettingDecidedAt = volunteer.UpdatedAt = timeProvider.GetUtcNowForDatabase();
        volunteer.VettingReason = decision.Reason;
        db.AddIntegrationEvent(new VolunteerVetted(volunteer.Id, volunteer.UnionId,
            volunteer.Vetting == VettingState.Approved ? "approved" : "rejected", volunteer.VettingDecidedAt.Value));
        await db.SaveChangesAsync(cancellationToken);
        return volunteer;
    }

    /// <summary>A volunteer the edge has found within the caller's reach.</summary>
    public async Task<StaffVolunteer> FindAsync(Guid id, CancellationToken cancellationToken, bool tracked = false) =>
        await (tracked ? db.Volunteers.Include(v => v.Honours) : Volunteers())
            .FirstOrDefaultAsync(v => v.Id == id, cancellationToken)
        ?? throw new NotFoundException(ResourceType, id.ToString());

    // The union was authorized at the edge: a replay is looked up in it only.
    private async Task<StaffVolunteer?> ReplayedAsync(ValidRegistration valid, CancellationToken cancellationToken) =>
        valid.RequestId is { } requestId
            ? await Volunteers().FirstOrDefaultAsync(
                v => v.UnionId == valid.UnionId && v.RequestId == requestId, cancellationToken)
            : null;

    private IQueryable<StaffVolunteer> Volunteers() => db.Volunteers.AsNoTracking().Include(v => v.Honours);
}
