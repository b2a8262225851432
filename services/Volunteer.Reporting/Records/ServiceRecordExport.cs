using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Volunteer.Reporting.Data;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Reporting.Records;

/// <summary>
/// Service records of a union subtree (by organising union) and period as CSV for the national volunteer
/// information system, streamed in chunks as the rows are read. The column layout is documented on
/// ExportServiceRecordsResponse in records.proto.
/// </summary>
public sealed class ServiceRecordExport(ReportingDbContext db, RecordExportScope exportScope)
{
    public static readonly string[] Header =
        ["志愿者编号", "姓名", "性别", "活动编号", "活动名称", "服务日期", "服务地点", "服务内容", "服务时长", "组织单位", "活动负责人", "记录时间"];

    private const int ChunkCharacters = 32 * 1024;

    public async Task ExportAsync(
        RecordExport export, PlatformCaller caller, Func<byte[], Task> send, CancellationToken ct)
    {
        var (start, end) = (export.Start, export.End);
        var (ids, unionNames) = await exportScope.ResolveAsync(export, caller, ct);
        var everywhere = ids is null;

        var rows = db.ServiceLines.AsNoTracking()
            .Where(l => (everywhere || ids!.Contains(l.UnionId)) && l.Day >= start && l.Day <= end)
            .Join(db.Activities, l => l.ActivityId, a => a.Id, (l, a) => new { Line = l, Activity = a })
            .Join(db.Volunteers, x => x.Line.VolunteerId, v => v.Id, (x, v) => new { x.Line, x.Activity, v.Name, v.Gender })
            .OrderBy(x => x.Line.Day).ThenBy(x => x.Line.VolunteerId).ThenBy(x => x.Line.ActivityId)
            .AsAsyncEnumerable();

        var chunk = new StringBuilder(Csv.Line(Header));
        await send([.. Csv.ByteOrderMark]);
        await foreach (var row in rows.WithCancellation(ct))
        {
            chunk.Append(Csv.Line(
            [
                row.Line.VolunteerId.ToString(), row.Name, row.Gender switch { "male" => "男", "female" => "女", _ => "" },
                row.Activity.Id.ToString(), row.Activity.Name, row.Line.Day.ToString("yyyy-MM-dd"), row.Activity.Place, row.Activity.Content,
                row.Line.Hours.ToString("0.00", CultureInfo.InvariantCulture), unionNames.GetValueOrDefault(row.Activity.UnionId, ""),
                row.Activity.LeaderName, TimeZoneInfo.ConvertTime(row.Line.RecordedAt, CampaignClock.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            ]));
            if (chunk.Length >= ChunkCharacters)
            {
                await send(Csv.Utf8(chunk));
                chunk.Clear();
            }
        }

        await send(Csv.Utf8(chunk));
    }
}
