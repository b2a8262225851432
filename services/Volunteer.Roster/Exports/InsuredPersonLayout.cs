using Volunteer.Contracts.Safety.V1;

namespace Volunteer.Roster.Exports;

/// <summary>
/// The insured list an insurer takes (投保名单): who is covered, identified as insurers identify people (name,
/// gender, birth date, ID document type and number), and from which day to which. Documented on
/// ExportInsuredPersonsResponse in disclosure.proto.
/// </summary>
public static class InsuredPersonLayout
{
    public const string SheetName = "投保名单";

    public static readonly string[] Header = ["姓名", "性别", "出生日期", "证件类型", "证件号码", "所属工会", "保障起始日", "保障终止日"];

    public static string[] Row(ExportedPerson person, InsuredPerson insured) =>
    [
        person.Name, PersonTexts.Of(person.Gender), person.BirthDate.ToString("yyyy-MM-dd"),
        PersonTexts.Of(person.IdType),
        person.IdNumber, person.UnionName, insured.From, insured.To,
    ];
}
