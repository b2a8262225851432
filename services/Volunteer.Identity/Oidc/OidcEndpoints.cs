using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Identity.Oidc;

public static class OidcEndpoints
{
    public const string Authorize = "/connect/authorize";
    public const string Token = "/connect/token";
    public const string EndSession = "/connect/logout";
    public const string UserInfo = "/connect/userinfo";

    /// <summary>
    /// The endpoints OpenIddict passes through once it has validated the request. They take no platform
    /// bearer token (the fallback policy), and are limited per address as sign-ins.
    /// </summary>
    public static void MapOidcEndpoints(this IEndpointRouteBuilder endpoints)
    {
        string[] getOrPost = [HttpMethods.Get, HttpMethods.Post];
        endpoints.MapMethods(Authorize, getOrPost, AuthorizeEndpoint.HandleAsync).AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.SignIn);
        endpoints.MapPost(Token, TokenEndpoint.HandleAsync).AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.SignIn);
        endpoints.MapMethods(EndSession, getOrPost, (Delegate)EndSessionEndpoint.HandleAsync).AllowAnonymous();
        endpoints.MapMethods(UserInfo, getOrPost, (Delegate)UserInfoEndpoint.HandleAsync).AllowAnonymous();
    }
}
