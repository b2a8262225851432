using Npgsql;

namespace Volunteer.Roster.Benchmarks;

/// <summary>One SQL command the service sent, with copies of its parameters.</summary>
internal sealed record RecordedCommand(string Sql, IReadOnlyList<NpgsqlParameter> Parameters);
