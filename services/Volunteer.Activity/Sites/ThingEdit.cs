namespace Volunteer.Activity.Sites;

/// <summary>
/// An update of a site or need checked at the edge; the revised values are made against the stored thing.
/// </summary>
/// <param name="Etag">The version the caller read; null to skip the check.</param>
/// <param name="Revise">The stored values with the masked fields replaced, checked as registration checks them.</param>
public sealed record ThingEdit<TThing, TRevised>(Guid Id, string? Etag, Func<TThing, TRevised> Revise);
