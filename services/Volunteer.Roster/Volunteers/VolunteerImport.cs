using Microsoft.EntityFrameworkCore;
using Volunteer.Roster.Data;
using Volunteer.Roster.Unions;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Roster.Volunteers;

/// <summary>
/// Registers a stream of rows: each is checked on its own as it arrives, duplicates within the import are
/// found by what the lookup hash is made of, and the valid rows are then encrypted in parallel and stored
/// together, in one transaction with their events, where those whose person is registered already are left
/// out. Every row gets its answer. A call takes at most <see cref="MaxRows"/> rows, so its answer stays
/// small: a row past that is answered as refused and the rest of the stream is not read (split larger files
/// into several calls).
/// </summary>
public sealed class VolunteerImport(
    RosterDbContext db, VolunteerFactory factory, ImportStore store, TimeProvider timeProvider)
{
    public const int MaxRows = 10_000;

    public async Task<ImportReport> ImportAsync(
        IAsyncEnumerable<ImportRow> rows, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var unions = new Dictionary<Guid, Union?>();
        var seen = new Dictionary<string, int>();
        var accepted = new List<(ImportRowAnswer Answer, ValidRegistration Valid, Union Union)>();
        var answers = new List<ImportRowAnswer>();

        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var answer = new ImportRowAnswer(answers.Count + 1);
            answers.Add(answer);
            if (answer.RowNumber > MaxRows)
            {
                answer.Errors.Add(new FieldProblem(
                    "row", $"每次最多导入{MaxRows}行，本行及以后各行未读取"));
                break;
            }

            var violations = row.Violations;
            // A row's request_id is ignored: each row is imported once, and the answer names its new id.
            var valid = row.Registration is null ? null : row.Registration with { RequestId = null };
            var union = valid is null
                ? null
                : await UnionInScopeAsync(valid.UnionId, caller, unions, violations, cancellationToken);
            if (valid is not null && union is not null)
            {
                var person = VolunteerFactory.PersonKey(valid.IdType, valid.IdNumber);
                if (seen.TryAdd(person, answer.RowNumber))
                {
                    accepted.Add((answer, valid, union));
                }
                else
                {
                    violations.Add("id_number", $"与第{seen[person]}行的身份证号码重复");
                }
            }

            answer.Errors.AddRange(violations.Items);
        }

        var prepared = ImportPreparation.Prepare(factory, [.. accepted.Select(a => (a.Valid, a.Union))],
            timeProvider.GetUtcNowForDatabase(), cancellationToken);
        var registered = await store.RegisterAsync(prepared, cancellationToken);
        foreach (var (answer, volunteer) in accepted.Select((a, i) => (a.Answer, prepared[i].Volunteer)))
        {
            if (registered.Contains(volunteer.Id))
            {
                answer.VolunteerId = volunteer.Id;
            }
            else
            {
                answer.Errors.Add(
                    new FieldProblem("id_number", VolunteerTexts.AlreadyRegistered));
            }
        }

        return new ImportReport(answers);
    }

    private async Task<Union?> UnionInScopeAsync(Guid id, PlatformCaller caller, Dictionary<Guid, Union?> unions,
        FieldViolations violations, CancellationToken cancellationToken)
    {
        if (!unions.TryGetValue(id, out var union))
        {
            union = await db.Unions.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
            unions[id] = union;
        }

        if (union is null)
        {
            violations.Add("union_id", "工会不存在");
        }
        else if (!UnionScope.Covers(caller, union.Path))
        {
            violations.Add("union_id", "不在您的管辖范围内");
            return null;
        }

        return union;
    }
}
