namespace Volunteer.ServiceDefaults.Access;

/// <summary>Refusal texts for access that more than one service writes.</summary>
public static class AccessTexts
{
    public const string OutsideUnionScope = "该工会不在您的管辖范围内。";
}
