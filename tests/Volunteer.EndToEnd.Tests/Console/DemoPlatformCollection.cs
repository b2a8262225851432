namespace Volunteer.EndToEnd.Tests.Console;

/// <summary>The platform with the demo campaign, for the browser tests of the web console.</summary>
[CollectionDefinition(Name)]
public sealed class DemoPlatformCollection : ICollectionFixture<DemoPlatformFixture>
{
    public const string Name = "demo platform";
}
