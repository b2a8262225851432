namespace Volunteer.Safety.Insurance;

/// <summary>
/// A checked change to a policy: the fields named (Policy's proto paths) and their new values in
/// <paramref name="Values"/>; <paramref name="ExpectedRevision"/> 0 means the caller did not say which revision.
/// </summary>
public sealed record PolicyChanges(Guid PolicyId, int ExpectedRevision, IReadOnlySet<string> Paths, Policy Values);
