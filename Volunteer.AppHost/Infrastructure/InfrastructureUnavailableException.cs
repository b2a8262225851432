namespace Volunteer.AppHost.Infrastructure;

/// <summary>The chosen infrastructure cannot start; the message tells the operator what to do.</summary>
internal sealed class InfrastructureUnavailableException(string message) : Exception(message);
