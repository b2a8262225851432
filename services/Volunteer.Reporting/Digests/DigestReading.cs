namespace Volunteer.Reporting.Digests;

/// <summary>One digest to read (the version named, else the one with the id), in a format and language.</summary>
public sealed record DigestReading(Guid Id, int? Version, DigestFormat Format, DigestLanguage Language);
