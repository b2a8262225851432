namespace Volunteer.ServiceDefaults.Errors;

public sealed class AlreadyExistsException(string resourceType, string resourceName, string description)
    : DomainException(description)
{
    public string ResourceType { get; } = resourceType;

    public string ResourceName { get; } = resourceName;
}
