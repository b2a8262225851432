namespace Volunteer.AppHost.Auth;

/// <summary>
/// The platform's identity service as the other resources need it: the issuer address they validate
/// tokens against, and the client secrets of the dashboard's operator and (in Development) the demo.
/// </summary>
internal sealed record IdentityProvider(
    IResourceBuilder<ProjectResource> Service,
    IResourceBuilder<ParameterResource> OperatorSecret,
    IResourceBuilder<ParameterResource>? DevelopmentSecret)
{
    public const string OperatorClientId = "volunteer-operator";
    public const string DevelopmentClientId = "volunteer-development";

    /// <summary>The issuer's address: the identity service's HTTP endpoint, which browsers reach too.</summary>
    public EndpointReference Issuer => Service.GetEndpoint("http");
}
