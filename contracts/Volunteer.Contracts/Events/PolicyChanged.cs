namespace Volunteer.Contracts.Events;

/// <summary>
/// A policy's terms were updated. A changed period or travel cover changes who is covered on which days, so
/// consumers that judge cover (clearance of planned activities) recompute; the insured persons themselves
/// change through <see cref="PersonsInsured"/>.
/// </summary>
/// <param name="Revision">The policy's revision after the change: of two events, the higher one is newer.</param>
/// <param name="ChangedFields">Policy's proto paths that changed, e.g. covers_to, limits.</param>
public sealed record PolicyChanged(
    Guid PolicyId,
    Guid HolderUnionId,
    int Revision,
    string Insurer,
    string PolicyNumber,
    string Product,
    DateOnly CoversFrom,
    DateOnly CoversTo,
    bool TravelCovered,
    IReadOnlyList<string> ChangedFields,
    DateTimeOffset ChangedAt);
