namespace Volunteer.Safety.Clearance;

/// <summary>What clearance needs to know about the activity's safety plan (no plan: neither holds).</summary>
public sealed record PlanFacts(bool ResponsibleNamed, bool Approved);
