using Grpc.Core;
using Volunteer.Contracts.Auth;

namespace Volunteer.EndToEnd.Tests.Campaign;

/// <summary>The people of the story, each with the token the platform would give them.</summary>
internal sealed class Callers(PlatformFixture platform, string cityUnionId)
{
    public Metadata ProvincialAdmin { get; } = platform.BearerToken(PlatformRoles.ProvincialAdmin, subject: "admin-province");

    public Metadata CityAdmin { get; } = platform.BearerToken(PlatformRoles.UnionAdmin, cityUnionId, "admin-city");

    /// <summary>Approves safety plans: a different person from the admin who wrote the plan.</summary>
    public Metadata SafetyOfficer { get; } = platform.BearerToken(PlatformRoles.SafetyOfficer, cityUnionId, "officer-city");

    public Metadata Volunteer(string volunteerId) => platform.BearerToken(PlatformRoles.Volunteer, cityUnionId, volunteerId);
}
