using System.Globalization;
using Volunteer.Contracts.Reporting.V1;

namespace Volunteer.Roster.Exports;

/// <summary>
/// The import layout for the national volunteer service information system. No official template is published
/// to the platform, so the columns follow what 《志愿服务记录与证明出具办法（试行）》 lists for a record: personal
/// basics (§5: name, gender, ID document type and number) with the national volunteer number, and the service
/// part (§7: activity, date, place, content, hours, organising unit, person in charge). Documented on
/// ExportNationalRecordsResponse in disclosure.proto.
/// </summary>
public static class NationalRecordLayout
{
    public const string SheetName = "志愿服务记录";

    public const int HoursColumn = 10;

    public static readonly string[] Header =
    [
        "姓名", "性别", "证件类型", "证件号码", "志愿者编号", "所属工会",
        "活动名称", "服务日期", "服务地点", "服务内容", "服务时长", "组织单位", "活动负责人",
    ];

    public static string[] Row(ExportedPerson person, ServiceEntry entry) =>
    [
        person.Name, PersonTexts.Of(person.Gender), PersonTexts.Of(person.IdType), person.IdNumber,
        person.NationalVolunteerNumber, person.UnionName,
        entry.ActivityName, entry.Date, entry.Place, entry.Content,
        decimal.Round((decimal)entry.Hours, 2).ToString("0.00", CultureInfo.InvariantCulture),
        entry.OrganiserUnionName, entry.PersonInCharge,
    ];
}
