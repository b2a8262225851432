namespace Volunteer.ServiceDefaults.Errors;

/// <summary>The same data kept changing under the request; sending it again is safe (ABORTED).</summary>
public sealed class ConcurrentChangeException()
    : DomainException("同一数据刚被同时修改，请重新提交。");
