namespace Volunteer.Contracts.Events;

/// <summary>
/// An event reporting builds its read models from. Reporting's projection queue is bound to this one
/// type so that every such event, whatever its concrete type, arrives in order through one batch consumer.
/// </summary>
public interface IProjectedEvent;
