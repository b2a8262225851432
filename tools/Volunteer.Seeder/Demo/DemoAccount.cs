namespace Volunteer.Seeder.Demo;

/// <summary>A demo sign-in: user name, the union it belongs to, the demo person it is (if any) and its roles.</summary>
/// <param name="PersonKey">The demo volunteer the account is, whose id becomes the token's subject.</param>
public sealed record DemoAccount(
    string UserName, string DisplayName, string UnionKey, string? PersonKey, IReadOnlyList<string> Roles);
