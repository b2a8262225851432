namespace Volunteer.Reporting.Digests;

/// <summary>One digest to read (the version named, or the one with the id), in the format and language asked for.</summary>
public sealed record DigestReading(Guid Id, int? Version, DigestFormat Format, DigestLanguage Language);
