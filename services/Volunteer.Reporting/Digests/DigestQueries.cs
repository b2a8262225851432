using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Scope;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Errors;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Reporting.Digests;

/// <summary>ListDigests, GetDigest and GenerateDigest within the caller's union scope.</summary>
public sealed class DigestQueries(
    ReportingDbContext db, ReportScopes scopes, DigestProducer producer, TimeProvider timeProvider)
{
    public const string OnDemand = "on-demand";

    public async Task<DigestPage> ListAsync(DigestListing listing, PlatformCaller caller, CancellationToken ct)
    {
        var query = db.Digests.AsNoTracking();
        if (listing.UnionId is not null || !caller.ActsProvinceWide)
        {
            var scope = await scopes.ResolveAsync(caller, listing.UnionId, ct);
            var key = DigestProducer.ScopeKey(scope);
            var keys = scope.Unions?.Select(u => u.ToString()).ToList();
            query = keys is null ? query.Where(d => d.ScopeKey == key) : query.Where(d => keys.Contains(d.ScopeKey));
        }

        if (listing.Kind is { } kind)
        {
            query = query.Where(d => d.Kind == kind);
        }

        if (listing.AfterStart is { } start && listing.AfterId is { } id)
        {
            query = query.Where(d => d.PeriodStart < start || (d.PeriodStart == start && d.Id.CompareTo(id) > 0));
        }

        var size = listing.PageSize;
        var page = await query.OrderByDescending(d => d.PeriodStart).ThenBy(d => d.Id).Take(size + 1).ToListAsync(ct);
        if (page.Count <= size)
        {
            return new DigestPage(page, "");
        }

        var last = page[size - 1];
        var next = PageToken.Encode(last.PeriodStart.ToString("yyyy-MM-dd"), last.Id.ToString());
        return new DigestPage([.. page.Take(size)], next);
    }

    public async Task<RenderedDigest> GetAsync(DigestReading reading, CancellationToken ct)
    {
        var digest = await db.Digests.AsNoTracking().FirstOrDefaultAsync(d => d.Id == reading.Id, ct);
        if (digest is not null && reading.Version is { } version && version != digest.Version)
        {
            digest = await db.Digests.AsNoTracking().FirstOrDefaultAsync(d => d.Kind == digest.Kind
                && d.ScopeKey == digest.ScopeKey && d.PeriodStart == digest.PeriodStart && d.Version == version, ct);
        }

        if (digest is null)
        {
            throw new NotFoundException(ResourceTypes.Digest, reading.Id.ToString());
        }

        var (text, mediaType) = DigestRenderer.Render(digest.Content, reading.Format, reading.Language, Today);
        return new RenderedDigest(digest, text, mediaType);
    }

    /// <summary>The campaign day, which tells whether a digest is final yet.</summary>
    public DateOnly Today => CampaignClock.Today(timeProvider);

    public async Task<(DigestRow Digest, bool Created)> GenerateAsync(
        DigestOrder order, PlatformCaller caller, CancellationToken ct)
    {
        var period = order.Period;
        // One made before its period ends would hold half the figures.
        if (period.End >= Today)
        {
            throw new RuleBrokenException("PERIOD_NOT_ENDED", period.EndText,
                $"本期于{period.EndText}结束，次日起才能生成简报。");
        }

        var scope = await scopes.ResolveAsync(caller, order.UnionId, ct);
        if ((await DigestBeginnings.LoadAsync(db, ct)).FirstDay(scope) is { } first && first > period.End)
        {
            var text = $"{scope.RootName}的摘要从 {first:yyyy-MM-dd} 开始（登记之日或其最早活动之日）；"
                + $"截至 {period.EndText} 的期间没有可报告的数据。";
            throw new RuleBrokenException(
                [new RuleViolation("PERIOD_BEFORE_UNION", period.EndText, text)], text, "PERIOD_BEFORE_UNION");
        }

        return await producer.ProduceAsync(order.Kind, scope, period, OnDemand, ct);
    }
}
