namespace Volunteer.ServiceDefaults.Access;

/// <summary>
/// Declares on an RPC who may call it: the roles (from <c>PlatformRoles</c>) any one of which admits the
/// caller. Checked at the edge before the RPC's code runs; an RPC without a declaration stops the
/// service from starting (see <see cref="AccessDeclarations"/>). Where the request names things, add
/// <see cref="InScopeAttribute"/> for each so that only things within the caller's reach are touched.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class AllowAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}
