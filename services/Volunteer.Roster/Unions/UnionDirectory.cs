using Microsoft.EntityFrameworkCore;
using Npgsql;
using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Roster.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Roster.Unions;

/// <summary>Registers, changes and finds unions; every check happens before anything is written.</summary>
public sealed class UnionDirectory(RosterDbContext db, TimeProvider timeProvider)
{
    private static readonly string[] Changeable = ["name", "contact", "targets"];

    public async Task<Union> CreateAsync(Proto.CreateUnionRequest request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var requestId = RequestIds.Check(request.RequestId, violations);
        var parentId = violations.Id(request.ParentId, "parent_id", required: false);
        UnionRules.CheckName(request.Name, violations);
        if (request.Kind == Proto.UnionKind.Unspecified || !Enum.IsDefined((UnionKind)request.Kind))
        {
            violations.Add("kind", "is required: one of provincial, city education, county education, directly affiliated");
        }

        if (!UnionRules.IsRegionCode(request.RegionCode))
        {
            violations.Add("region_code", "must be a six-digit GB/T 2260 code");
        }

        UnionContactRules.Check(request.Contact, violations);
        UnionRules.CheckTargets(request.Targets?.Teams ?? 0, request.Targets?.People ?? 0, violations);
        violations.ThrowIfAny();
        if (parentId is null)
        {
            UnionScope.DemandRootMaker(caller);
        }

        // The parent was authorized at the edge: a replay is looked up under it only.
        if (requestId is not null && await db.Unions.AsNoTracking().FirstOrDefaultAsync(
                u => u.ParentId == parentId && u.RequestId == requestId, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var parent = parentId is null ? null : await FindAsync(parentId.Value, cancellationToken);
        UnionRules.CheckPlacement((UnionKind)request.Kind, request.RegionCode, parent, violations);
        violations.ThrowIfAny();

        var now = timeProvider.GetUtcNowForDatabase();
        var id = Guid.CreateVersion7();
        var union = new Union
        {
            Id = id,
            ParentId = parent?.Id,
            Path = Union.ChildPath(parent?.Path, id),
            Name = request.Name.Trim(),
            Kind = (UnionKind)request.Kind,
            RegionCode = request.RegionCode,
            ContactName = FieldRules.Trimmed(request.Contact?.Name),
            ContactPhone = UnionContactRules.NormalizePhone(request.Contact?.Phone),
            TeamTarget = request.Targets?.Teams ?? 0,
            PeopleTarget = request.Targets?.People ?? 0,
            RequestId = requestId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Unions.Add(union);
        db.AddIntegrationEvent(new UnionRegistered(union.Id, union.ParentId, union.Name, union.Kind.EventName(),
            union.RegionCode, union.TeamTarget, union.PeopleTarget, now));
        return await SaveNewAsync(union, cancellationToken);
    }

    public async Task<Union> UpdateAsync(Proto.UpdateUnionRequest request, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var id = violations.Id(request.Union?.Id ?? "", "union.id");
        var paths = UpdateMasks.Paths(request.UpdateMask, Changeable, Changeable, violations);

        var changes = request.Union ?? new Proto.Union();
        if (paths.Contains("name"))
        {
            UnionRules.CheckName(changes.Name, violations, "union.name");
        }

        if (paths.Contains("contact"))
        {
            UnionContactRules.Check(changes.Contact, violations, "union.contact");
        }

        if (paths.Contains("targets"))
        {
            UnionRules.CheckTargets(changes.Targets?.Teams ?? 0, changes.Targets?.People ?? 0, violations, "union.targets");
        }

        violations.ThrowIfAny();
        var union = await db.Unions.FirstOrDefaultAsync(u => u.Id == id, cancellationToken)
            ?? throw new NotFoundException("volunteer.roster.v1.Union", id.ToString()!);

        if (paths.Contains("name"))
        {
            union.Name = changes.Name.Trim();
        }

        if (paths.Contains("contact"))
        {
            union.ContactName = FieldRules.Trimmed(changes.Contact?.Name);
            union.ContactPhone = UnionContactRules.NormalizePhone(changes.Contact?.Phone);
        }

        if (paths.Contains("targets"))
        {
            union.TeamTarget = changes.Targets?.Teams ?? 0;
            union.PeopleTarget = changes.Targets?.People ?? 0;
        }

        union.UpdatedAt = timeProvider.GetUtcNowForDatabase();
        await db.SaveChangesAsync(cancellationToken);
        return union;
    }

    public async Task<Union> GetAsync(string id, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var unionId = violations.Id(id, "id");
        violations.ThrowIfAny();
        return await FindAsync(unionId!.Value, cancellationToken);
    }

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
        catch (DbUpdateException e) when (e.InnerException is PostgresException
            { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ix_unions_single_provincial" })
        {
            throw new AlreadyExistsException("volunteer.roster.v1.Union", "provincial",
                "There is a provincial union already; there can be only one.");
        }
    }

}
