using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.ServiceDefaults.Grpc;

/// <summary>
/// What a refusal was about, for the log line of a failed call: the fields, rules, reasons or kinds of
/// thing it names, never the values a caller sent or the message (which may quote them).
/// </summary>
internal static class FailureReason
{
    public static string Of(DomainException error) => error switch
    {
        InvalidRequestException e => "fields " + string.Join(",", e.Problems.Select(p => p.Field).Distinct()),
        NotFoundException e => e.ResourceType,
        AlreadyExistsException e => e.ResourceType,
        RuleBrokenException e => e.Reason ?? string.Join(",", e.Violations.Select(v => v.Type).Distinct()),
        AccessDeniedException e => e.Reason ?? "access denied",
        UnavailableException e => e.Reason ?? "unavailable",
        ConcurrentChangeException => "concurrent change",
        _ => error.GetType().Name,
    };
}
