namespace Volunteer.EndToEnd.Tests;

/// <summary>One running platform for all end-to-end test classes: starting it is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
