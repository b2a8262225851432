using System.Runtime.CompilerServices;
using Grpc.Core;
using Volunteer.Roster.Volunteers;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Grpc;

/// <summary>Reads an import stream a row at a time, each row checked as a registration on its own.</summary>
public static class ImportValidation
{
    /// <summary>Lazily, so that rows past the import's limit are never read from the stream.</summary>
    public static async IAsyncEnumerable<ImportRow> Rows(
        IAsyncStreamReader<Proto.ImportStaffVolunteersRequest> messages, DateOnly today,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var message in messages.ReadAllAsync(cancellationToken))
        {
            var violations = new FieldViolations();
            var valid = message.Row is null ? null : RegistrationValidation.Check(message.Row, today, violations);
            if (message.Row is null)
            {
                violations.Add("row", FieldTexts.Required);
            }

            yield return new ImportRow(valid, violations);
        }
    }
}
