using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Volunteer.ServiceDefaults.Telemetry;

/// <summary>
/// Reports figures that live in the data (how many activities are in progress, how many are blocked)
/// rather than in one process's memory: a timer samples them, the gauge reports the latest sample.
/// Every replica reports the same database-wide figure.
/// </summary>
internal sealed class DatabaseGauge<TContext> : BackgroundService where TContext : DbContext
{
    private readonly IServiceScopeFactory _scopes;
    private readonly DatabaseGaugeDefinition<TContext> _definition;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<DatabaseGauge<TContext>> _logger;
    private volatile IReadOnlyDictionary<string, long> _latest = new Dictionary<string, long>();

    public DatabaseGauge(IServiceScopeFactory scopes, DatabaseGaugeDefinition<TContext> definition, IMeterFactory meters,
        IConfiguration configuration, TimeProvider timeProvider, ILogger<DatabaseGauge<TContext>> logger)
    {
        (_scopes, _definition, _timeProvider, _logger) = (scopes, definition, timeProvider, logger);
        _interval = configuration.GetValue("Telemetry:GaugeInterval", TimeSpan.FromSeconds(15));
        meters.Create(definition.MeterName).CreateObservableGauge(definition.Name,
            () => _latest.Select(c => new Measurement<long>(c.Value, new KeyValuePair<string, object?>(definition.TagName, c.Key))),
            description: definition.Description);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, _timeProvider);
        do
        {
            try
            {
                await using var scope = _scopes.CreateAsyncScope();
                _latest = await _definition.Sample(scope.ServiceProvider.GetRequiredService<TContext>(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The figure goes stale until the database answers again; the service itself is unaffected.
                _logger.LogWarning("Sampling gauge {Gauge} failed: {Error}", _definition.Name, e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
