namespace Volunteer.Safety.Insurance;

/// <summary>
/// A policy as it stood before one update, kept so that claims on earlier days can be judged by the terms
/// that held then. <see cref="Terms"/> is the earlier policy serialized whole, so a column added to Policy is
/// kept here too without a second list of fields to maintain.
/// </summary>
public sealed class PolicyRevision
{
    public Guid PolicyId { get; set; }

    /// <summary>The revision the kept terms were (1 for the policy as registered).</summary>
    public int Revision { get; set; }

    public required string Terms { get; set; }

    /// <summary>The proto paths the update changed.</summary>
    public required string[] ChangedFields { get; set; }

    /// <summary>Subject of whoever made the update.</summary>
    public required string ChangedBy { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
