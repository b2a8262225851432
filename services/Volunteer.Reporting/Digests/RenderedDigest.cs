namespace Volunteer.Reporting.Digests;

/// <summary>A digest with its content rendered for a reader.</summary>
public sealed record RenderedDigest(DigestRow Digest, string Content, string MediaType);
