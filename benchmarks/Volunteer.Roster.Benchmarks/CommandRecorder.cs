using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Volunteer.Roster.Benchmarks;

/// <summary>
/// Copies the queries the service runs while recording is on, with their parameters, so they can be
/// explained exactly as sent. Off, it costs one field read per command.
/// </summary>
internal sealed class CommandRecorder : DbCommandInterceptor
{
    private readonly Lock _lock = new();
    private List<RecordedCommand>? _recording;

    public void Start()
    {
        lock (_lock)
        {
            _recording = [];
        }
    }

    public IReadOnlyList<RecordedCommand> Stop()
    {
        lock (_lock)
        {
            var recorded = _recording ?? [];
            _recording = null;
            return recorded;
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _recording) is not null)
        {
            var parameters = command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToList();
            lock (_lock)
            {
                _recording?.Add(new RecordedCommand(command.CommandText, parameters));
            }
        }

        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
