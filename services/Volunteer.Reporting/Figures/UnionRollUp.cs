namespace Volunteer.Reporting.Figures;

/// <summary>The unions directly below a report's root, each with the unions below it, to add hours up by.</summary>
public sealed class UnionRollUp(Guid? root, ILookup<Guid?, (Guid Id, string Name)> children)
{
    public static readonly UnionRollUp None = new(null, Array.Empty<(Guid, string)>().ToLookup(_ => (Guid?)null));

    /// <summary>Hours of each union directly below the root, with everything below it added in.</summary>
    public List<Amount> HoursByUnion(IReadOnlyDictionary<Guid, decimal> hours)
    {
        if (root is null)
        {
            return [];
        }

        decimal Total(Guid id) => hours.GetValueOrDefault(id) + children[id].Sum(c => Total(c.Id));
        return [.. children[root].Select(c => new Amount(c.Name, Total(c.Id)))
            .OrderByDescending(a => a.Value).ThenBy(a => a.Key, StringComparer.Ordinal)];
    }
}
