namespace Volunteer.ServiceDefaults.Errors;

/// <summary>
/// The thing does not exist, or the caller may not know that it does: both answer the same, so a
/// refusal never tells a caller what lies outside their scope.
/// </summary>
public sealed class NotFoundException(string resourceType, string resourceName)
    : DomainException($"{ResourceLabels.Of(resourceType)}“{resourceName}”不存在。")
{
    public string ResourceType { get; } = resourceType;

    public string ResourceName { get; } = resourceName;
}
