namespace Volunteer.Identity.Tests.Support;

/// <summary>
/// One identity service (and roster) for every test class that can share it: starting one takes seconds.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedIdentity : ICollectionFixture<SharedIdentityHost>
{
    public const string Name = "identity";
}
