using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Roster.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Roster.Unions;

/// <summary>Registers, changes and finds unions; every check happens before anything is written.</summary>
public sealed class UnionDirectory(RosterDbContext db, TimeProvider timeProvider)
{
    public async Task<Union> CreateAsync(NewUnion request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        if (request.ParentId is null)
        {
            UnionScope.DemandRootMaker(caller);
        }

        // The parent was authorized at the edge: a replay is looked up under it only.
        if (request.RequestId is not null && await db.Unions.AsNoTracking().FirstOrDefaultAsync(
                u => u.ParentId == request.ParentId && u.RequestId == request.RequestId, cancellationToken)
            is { } earlier)
        {
            return earlier;
        }

        var parent = request.ParentId is { } parentId ? await FindAsync(parentId, cancellationToken) : null;
        var violations = new FieldViolations();
        UnionRules.CheckPlacement(request.Kind, request.RegionCode, parent, violations);
        violations.ThrowIfAny();
        var secondOfLevelReason = await SecondOfLevelReasonAsync(request, caller, cancellationToken);

        var now = timeProvider.GetUtcNowForDatabase();
        var id = Guid.CreateVersion7();
        var union = new Union
        {
            Id = id,
            ParentId = parent?.Id,
            Path = Union.ChildPath(parent?.Path, id),
            Name = request.Name,
            Kind = request.Kind,
            RegionCode = request.RegionCode,
            ContactName = request.Contact.Name,
            ContactPhone = request.Contact.Phone,
            TeamTarget = request.Targets.Teams,
            PeopleTarget = request.Targets.People,
            SecondOfLevelReason = secondOfLevelReason,
            RequestId = request.RequestId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Unions.Add(union);
        db.AddIntegrationEvent(new UnionRegistered(union.Id, union.ParentId, union.Name, union.Kind.EventName(),
            union.RegionCode, union.TeamTarget, union.PeopleTarget, now));
        return await SaveNewAsync(union, cancellationToken);
    }

    public async Task<Union> UpdateAsync(UnionChanges changes, CancellationToken cancellationToken)
    {
        var union = await db.Unions.FirstOrDefaultAsync(u => u.Id == changes.Id, cancellationToken)
            ?? throw new NotFoundException("volunteer.roster.v1.Union", changes.Id.ToString());
        if (changes.Name is not null)
        {
            union.Name = changes.Name;
        }

        if (changes.Contact is not null)
        {
            union.ContactName = changes.Contact.Name;
            union.ContactPhone = changes.Contact.Phone;
        }

        if (changes.Targets is not null)
        {
            union.TeamTarget = changes.Targets.Teams;
            union.PeopleTarget = changes.Targets.People;
        }

        union.UpdatedAt = timeProvider.GetUtcNowForDatabase();
        await db.SaveChangesAsync(cancellationToken);
        return union;
    }

    // One education union per region and level (province, city, county); directly affiliated units may share a region.
    /// <summary>
    /// The program sets one education union per region and level (粤教工〔2018〕17号 三(一): 各级教育工会); the
    /// province alone may register a second one, with a reason that is kept and shown, as planning keeps a
    /// mode exception. Returns the reason to keep: null when the union is not a second one.
    /// </summary>
    private async Task<string?> SecondOfLevelReasonAsync(
        NewUnion request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        if (request.Kind == UnionKind.DirectlyAffiliated
            || await db.Unions.AsNoTracking().FirstOrDefaultAsync(
                u => u.Kind == request.Kind && u.RegionCode == request.RegionCode, cancellationToken)
                is not { } existing)
        {
            return null;
        }

        if (request.SecondOfLevelReason is null)
        {
            throw new AlreadyExistsException("volunteer.roster.v1.Union", existing.Id.ToString(),
                $"region_code：地区 {request.RegionCode} 已有同级工会“{existing.Name}”，每个地区每一级只设一个教育工会");
        }

        if (caller.Role != PlatformRoles.ProvincialAdmin)
        {
            throw new AccessDeniedException("SECOND_OF_LEVEL_NEEDS_PROVINCE",
                $"地区 {request.RegionCode} 已有同级工会“{existing.Name}”，再设同级教育工会须由省级管理员登记。");
        }

        return request.SecondOfLevelReason;
    }

    public Task<Union> GetAsync(Guid id, CancellationToken cancellationToken) => FindAsync(id, cancellationToken);

    private async Task<Union> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Unions.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken)
        ?? throw new NotFoundException("volunteer.roster.v1.Union", id.ToString());

    // The unique indexes settle races the checks above cannot. A second root is refused here; a concurrent
    // replay of the same request id fails its insert and is run again by ConcurrentChangeRetry, finding the first.
    private async Task<Union> SaveNewAsync(Union union, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return union;
        }
        catch (DbUpdateException e) when (UniqueViolation.Of(e, "ix_unions_single_provincial"))
        {
            throw new AlreadyExistsException("volunteer.roster.v1.Union", "provincial",
                "省总工会已登记，只能有一个。");
        }
    }

}
