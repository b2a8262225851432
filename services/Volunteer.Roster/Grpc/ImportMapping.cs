using Volunteer.Roster.Volunteers;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Grpc;

internal static class ImportMapping
{
    public static Proto.ImportStaffVolunteersResponse ToProto(this ImportReport report) => new()
    {
        Rows =
        {
            report.Rows.Select(row => new Proto.ImportedRow
            {
                RowNumber = row.RowNumber,
                VolunteerId = row.VolunteerId?.ToString() ?? "",
                Errors =
                {
                    row.Errors.Select(error => new Proto.FieldError
                    {
                        Field = error.Field,
                        Description = error.Description,
                    }),
                },
            }),
        },
        Imported = report.Imported,
        Rejected = report.Rejected,
    };
}
