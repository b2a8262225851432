namespace Volunteer.Reporting.Digests;

public enum DigestLanguage
{
    Chinese,
    English,
}
