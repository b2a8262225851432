namespace Volunteer.Identity.Tests.Support;

/// <summary>The shared host, with its world built once.</summary>
public sealed class SharedIdentityHost : IdentityHost
{
    private readonly Lazy<Task<IdentityWorld>> _world;

    public SharedIdentityHost() => _world = new(() => IdentityWorld.BuildAsync(this));

    public Task<IdentityWorld> WorldAsync() => _world.Value;
}
