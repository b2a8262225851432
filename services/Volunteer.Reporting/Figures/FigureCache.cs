using Microsoft.Extensions.Caching.Memory;
using Volunteer.Reporting.Scope;

namespace Volunteer.Reporting.Figures;

/// <summary>
/// Figures of one scope and period as computed for one state of the read models: the projection log's
/// high-water mark (every change to what figures count is projected and logged) and the campaign day
/// (upcoming and overdue counts move with the calendar). Dashboards ask the same question again and again
/// between events; each asks the database only for the mark then. Figures computed after a newer event
/// than the mark read are kept under the older mark: the next call sees the newer mark and computes again.
/// A burst of dashboards missing the same key waits for one computation instead of each running its own.
/// </summary>
public sealed class FigureCache : IDisposable
{
    private const int Entries = 2_000;
    private static readonly TimeSpan Unused = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _figures = new(new MemoryCacheOptions { SizeLimit = Entries });

    public async Task<CampaignFigures> GetOrComputeAsync(
        ReportRoot root, ReportPeriod period, FigureState state, Func<Task<CampaignFigures>> compute)
    {
        var key = (root.Id, root.WholeProvince, period, state);
        var (shared, ours) = Claim(key, compute);
        try
        {
            return await shared.Value;
        }
        catch when (!ours)
        {
            // The computation belonged to another call (cancelled with it, say): this call still gets its figures.
            return await compute();
        }
        catch
        {
            _figures.Remove(key);
            throw;
        }
    }

    private (Lazy<Task<CampaignFigures>> Shared, bool Ours) Claim(object key, Func<Task<CampaignFigures>> compute)
    {
        lock (_figures)
        {
            if (_figures.TryGetValue(key, out Lazy<Task<CampaignFigures>>? known))
            {
                return (known!, false);
            }

            var shared = new Lazy<Task<CampaignFigures>>(compute);
            _figures.Set(key, shared, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Unused });
            return (shared, true);
        }
    }

    public void Dispose() => _figures.Dispose();
}
