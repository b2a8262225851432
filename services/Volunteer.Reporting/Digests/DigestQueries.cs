using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.Reporting.Grpc;
using Volunteer.Reporting.Figures;
using Volunteer.Reporting.Scope;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Time;
using Proto = Volunteer.Contracts.Reporting.V1;
using Volunteer.ServiceDefaults.Access;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Reporting.Digests;

/// <summary>ListDigests, GetDigest and GenerateDigest within the caller's union scope.</summary>
public sealed class DigestQueries(
    ReportingDbContext db, ReportScopes scopes, DigestProducer producer, TimeProvider timeProvider)
{
    public const string OnDemand = "on-demand";

    public async Task<Proto.ListDigestsResponse> ListAsync(Proto.ListDigestsRequest request, PlatformCaller caller, CancellationToken ct)
    {
        var violations = new FieldViolations();
        var unionId = violations.Id(request.UnionId, "union_id", required: false);
        var size = PageToken.PageSize(request.PageSize, violations);
        FieldRules.OptionalText(request.PageToken, RequestLimits.PageToken, "page_token", violations);
        if (request.Kind != Proto.DigestKind.Unspecified && DigestMapping.FromProto(request.Kind) is null)
        {
            violations.Add("kind", "is not a known digest kind");
        }

        var after = PageToken.Decode(request.PageToken, 2, violations);
        var afterStart = after is null ? (DateOnly?)null : DateOnly.TryParse(after[0], out var s) ? s : null;
        var afterId = after is null ? (Guid?)null : Guid.TryParse(after[1], out var i) ? i : null;
        violations.ThrowIfAny();

        var query = db.Digests.AsNoTracking();
        if (unionId is not null || !caller.IsProvincialAdmin)
        {
            var scope = await scopes.ResolveAsync(caller, unionId, ct);
            var key = DigestProducer.ScopeKey(scope);
            var keys = scope.Unions?.Select(u => u.ToString()).ToList();
            query = keys is null ? query.Where(d => d.ScopeKey == key) : query.Where(d => keys.Contains(d.ScopeKey));
        }

        if (DigestMapping.FromProto(request.Kind) is { } kind)
        {
            query = query.Where(d => d.Kind == kind);
        }

        if (afterStart is { } start && afterId is { } id)
        {
            query = query.Where(d => d.PeriodStart < start || (d.PeriodStart == start && d.Id.CompareTo(id) > 0));
        }

        var page = await query.OrderByDescending(d => d.PeriodStart).ThenBy(d => d.Id).Take(size + 1).ToListAsync(ct);
        var response = new Proto.ListDigestsResponse { Digests = { page.Take(size).Select(d => d.ToProto()) } };
        if (page.Count > size)
        {
            var last = page[size - 1];
            response.NextPageToken = PageToken.Encode(last.PeriodStart.ToString("yyyy-MM-dd"), last.Id.ToString());
        }

        return response;
    }

    public async Task<Proto.GetDigestResponse> GetAsync(Proto.GetDigestRequest request, CancellationToken ct)
    {
        var violations = new FieldViolations();
        var id = violations.Id(request.Id, "id");
        if (!Enum.IsDefined(request.Format) || !Enum.IsDefined(request.Language))
        {
            violations.Add(Enum.IsDefined(request.Format) ? "language" : "format", "is not a known choice");
        }

        violations.ThrowIfAny();
        var digest = await db.Digests.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct)
            ?? throw new NotFoundException(ResourceTypes.Digest, request.Id);

        var (text, mediaType) = DigestRenderer.Render(digest.Content, DigestMapping.FromProto(request.Format), DigestMapping.FromProto(request.Language));
        return new Proto.GetDigestResponse { Digest = digest.ToProto(), Content = text, MediaType = mediaType };
    }

    public async Task<Proto.GenerateDigestResponse> GenerateAsync(Proto.GenerateDigestRequest request, PlatformCaller caller, CancellationToken ct)
    {
        var violations = new FieldViolations();
        var kind = DigestMapping.FromProto(request.Kind);
        if (kind is null)
        {
            violations.Add("kind", "must be a known digest kind");
        }

        var unionId = violations.Id(request.UnionId, "union_id", required: false);
        var day = ReportDates.Day(request.PeriodDay, "period_day", violations, required: true);
        if (day is { Year: < DigestPeriods.FirstCampaignYear })
        {
            violations.Add("period_day",
                $"must be in {DigestPeriods.FirstCampaignYear} or later, when the campaign began");
            day = null;
        }

        var period = kind is not null && day is { } d ? DigestPeriods.Holding(kind, d) : null;
        if (kind == DigestKinds.Weekly && day is not null && period is null)
        {
            violations.Add("period_day", "weekly digests cover weeks in April to October only");
        }

        violations.ThrowIfAny();
        // A digest exists once per key: one made before its period ends would stand for ever, half empty.
        if (period!.End >= CampaignClock.Today(timeProvider))
        {
            throw new RuleBrokenException("PERIOD_NOT_ENDED", period.EndText,
                $"The period ends on {period.EndText}; its digest can be produced from the day after.");
        }

        var scope = await scopes.ResolveAsync(caller, unionId, ct);
        var (digest, created) = await producer.ProduceAsync(kind!, scope, period, OnDemand, ct);
        return new Proto.GenerateDigestResponse { Digest = digest.ToProto(), Created = created };
    }
}
