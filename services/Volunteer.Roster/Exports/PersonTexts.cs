using Volunteer.Roster.Identity;
using Volunteer.Roster.Volunteers;

namespace Volunteer.Roster.Exports;

/// <summary>How exported files name a person's gender and ID document, as the forms they fill in do.</summary>
public static class PersonTexts
{
    public static string Of(Gender gender) => gender switch { Gender.Male => "男", Gender.Female => "女", _ => "" };

    public static string Of(IdDocumentType idType) => idType == IdDocumentType.ResidentIdCard ? "居民身份证" : "其他证件";
}
