namespace Volunteer.Reporting.Digests;

/// <summary>One digest to read, in the format and language the reader asked for.</summary>
public sealed record DigestReading(Guid Id, DigestFormat Format, DigestLanguage Language);
