using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Benchmarks;

/// <summary>
/// What the import is measured against: PostgreSQL's binary COPY of the same generated rows, as the column
/// values the service stores (ciphertexts and hashes of the same sizes, made beforehand: only the COPY is
/// timed), into a fresh table shaped like staff_volunteers with its indexes, one table per run.
/// </summary>
internal static class CopyBaseline
{
    private static readonly (string Column, NpgsqlDbType Type)[] Columns =
    [
        ("id", NpgsqlDbType.Uuid), ("union_id", NpgsqlDbType.Uuid), ("union_path", NpgsqlDbType.Text),
        ("name", NpgsqlDbType.Text), ("id_type", NpgsqlDbType.Text), ("id_number_encrypted", NpgsqlDbType.Bytea),
        ("id_number_lookup_hash", NpgsqlDbType.Bytea), ("id_number_masked", NpgsqlDbType.Text),
        ("gender", NpgsqlDbType.Text), ("birth_date", NpgsqlDbType.Date), ("phone_encrypted", NpgsqlDbType.Bytea),
        ("phone_masked", NpgsqlDbType.Text), ("employer", NpgsqlDbType.Text), ("profession", NpgsqlDbType.Text),
        ("skills", NpgsqlDbType.Array | NpgsqlDbType.Text), ("participation_consent_at", NpgsqlDbType.TimestampTz),
        ("participation_consent_version", NpgsqlDbType.Text), ("vetting", NpgsqlDbType.Text),
        ("created_at", NpgsqlDbType.TimestampTz), ("updated_at", NpgsqlDbType.TimestampTz),
    ];

    /// <returns>Rows per second of the COPY alone.</returns>
    public static async Task<double> MeasureAsync(
        string connectionString, IReadOnlyList<Union> cities, int firstRow, int rows)
    {
        var values = Enumerable.Range(firstRow, rows)
            .Select(row => ColumnValues(VolunteerRows.Build(row, cities))).ToList();
        var table = $"copy_baseline_{firstRow}";
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, $"create table {table} (like staff_volunteers including all)");
        var stopwatch = Stopwatch.StartNew();
        await using (var importer = await connection.BeginBinaryImportAsync(
            $"copy {table} ({string.Join(", ", Columns.Select(c => c.Column))}) from stdin (format binary)"))
        {
            foreach (var row in values)
            {
                await importer.StartRowAsync();
                for (var i = 0; i < Columns.Length; i++)
                {
                    await importer.WriteAsync(row[i], Columns[i].Type);
                }
            }

            await importer.CompleteAsync();
        }

        var elapsed = stopwatch.Elapsed;
        await ExecuteAsync(connection, $"drop table {table}");
        return rows / elapsed.TotalSeconds;
    }

    private static object[] ColumnValues(RegisterStaffVolunteerRequest row)
    {
        var now = DateTimeOffset.UtcNow;
        var unionId = Guid.Parse(row.UnionId);
        return
        [
            Guid.CreateVersion7(), unionId, $"/{Guid.Empty:N}/{unionId:N}/", row.Name, "ResidentIdCard",
            Ciphertext(row.IdNumber), SHA256.HashData(Encoding.UTF8.GetBytes(row.IdNumber)),
            $"{row.IdNumber[..1]}****************{row.IdNumber[^1..]}", row.Gender.ToString(),
            DateOnly.Parse(row.BirthDate), Ciphertext(row.Phone), $"{row.Phone[..3]}****{row.Phone[^4..]}",
            row.Employer, row.Profession, row.Skills.ToList(), row.ParticipationConsent.GivenTime.ToDateTimeOffset(),
            row.ParticipationConsent.TextVersion, "Pending", now, now,
        ];
    }

    // The service's layout: version byte, 12-byte nonce, ciphertext as long as the UTF-8 text, 16-byte tag.
    private static byte[] Ciphertext(string plaintext) =>
        RandomNumberGenerator.GetBytes(1 + 12 + Encoding.UTF8.GetByteCount(plaintext) + 16);

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
