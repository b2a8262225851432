namespace Volunteer.Contracts.Events;

/// <param name="Source">union (the organising union at its level) or unit (the paired unit pays).</param>
public sealed record SpendingLine(decimal Amount, string Category, string Source);
