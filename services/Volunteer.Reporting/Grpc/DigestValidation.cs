using Volunteer.Contracts.Reporting.V1;
using Volunteer.Reporting.Digests;
using Volunteer.Reporting.Figures;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Reporting.Grpc;

/// <summary>Reads the digest RPCs' requests, collecting every bad field before answering.</summary>
public static class DigestValidation
{
    public static DigestListing Parse(ListDigestsRequest request)
    {
        var violations = new FieldViolations();
        var unionId = violations.Id(request.UnionId, "union_id", required: false);
        var size = PageToken.PageSize(request.PageSize, violations);
        var kind = DigestMapping.FromProto(request.Kind);
        if (request.Kind != DigestKind.Unspecified && kind is null)
        {
            violations.Add("kind", "不是有效的简报类型");
        }

        var after = PageToken.Decode(request.PageToken, 2, violations);
        var afterStart = after is null ? (DateOnly?)null : DateOnly.TryParse(after[0], out var s) ? s : null;
        var afterId = after is null ? (Guid?)null : Guid.TryParse(after[1], out var i) ? i : null;
        violations.ThrowIfAny();
        return new DigestListing(unionId, kind, size, afterStart, afterId);
    }

    public static DigestReading Parse(GetDigestRequest request)
    {
        var violations = new FieldViolations();
        var id = violations.Id(request.Id, "id");
        if (!Enum.IsDefined(request.Format) || !Enum.IsDefined(request.Language))
        {
            violations.Add(Enum.IsDefined(request.Format) ? "language" : "format", "不是有效的选项");
        }

        if (request.Version < 0)
        {
            violations.Add("version", "须为0（按id读取该摘要）或正整数版本号");
        }

        violations.ThrowIfAny();
        return new DigestReading(id!.Value, request.Version > 0 ? request.Version : null,
            DigestMapping.FromProto(request.Format), DigestMapping.FromProto(request.Language));
    }

    public static DigestOrder Parse(GenerateDigestRequest request, DigestPeriods periods)
    {
        var violations = new FieldViolations();
        var kind = DigestMapping.FromProto(request.Kind);
        if (kind is null)
        {
            violations.Add("kind", "须为有效的简报类型");
        }

        var unionId = violations.Id(request.UnionId, "union_id", required: false);
        var day = ReportDates.Day(request.PeriodDay, "period_day", violations, required: true);
        if (day is { Year: < DigestPeriods.FirstCampaignYear })
        {
            violations.Add("period_day",
                $"不能早于活动开始的{DigestPeriods.FirstCampaignYear}年");
            day = null;
        }

        var period = kind is not null && day is { } d ? periods.Holding(kind, d) : null;
        if (kind == DigestKinds.Weekly && day is not null && period is null)
        {
            violations.Add("period_day", "周报仅覆盖活动日历中活动月份内的周");
        }

        violations.ThrowIfAny();
        return new DigestOrder(kind!, unionId, period!);
    }
}
