namespace Volunteer.ServiceDefaults.Errors;

/// <summary>The request has bad fields; every one is listed so a client can mark them all at once.</summary>
public sealed class InvalidRequestException(IReadOnlyList<FieldProblem> problems)
    : DomainException($"请求中有不符合要求的字段：{string.Join(", ", problems.Select(p => p.Field).Distinct())}。")
{
    public IReadOnlyList<FieldProblem> Problems { get; } = problems;
}
