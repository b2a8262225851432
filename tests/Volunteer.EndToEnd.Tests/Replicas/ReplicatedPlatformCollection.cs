namespace Volunteer.EndToEnd.Tests.Replicas;

/// <summary>The platform at two replicas of each service, for the scale-out tests.</summary>
[CollectionDefinition(Name)]
public sealed class ReplicatedPlatformCollection : ICollectionFixture<ReplicatedPlatformFixture>
{
    public const string Name = "replicated platform";
}
