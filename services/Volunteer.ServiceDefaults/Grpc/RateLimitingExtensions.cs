using System.Threading.RateLimiting;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Volunteer.Contracts.Auth;

namespace Volunteer.ServiceDefaults.Grpc;

internal static class RateLimitingExtensions
{
    private static readonly Dictionary<string, (int PermitLimit, TimeSpan Window)> Defaults = new()
    {
        [RateLimitPolicies.Anonymous] = (60, TimeSpan.FromMinutes(1)),
        [RateLimitPolicies.Expensive] = (30, TimeSpan.FromMinutes(1)),
        [RateLimitPolicies.SignIn] = (600, TimeSpan.FromMinutes(1)),
        [RateLimitPolicies.Probes] = (600, TimeSpan.FromMinutes(1)),
    };

    public static void AddPlatformRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRateLimiter(options =>
        {
            foreach (var (name, (permitLimit, window)) in Defaults)
            {
                var section = builder.Configuration.GetSection($"RateLimits:{name}");
                var limit = new FixedWindowRateLimiterOptions
                {
                    PermitLimit = section.GetValue("PermitLimit", permitLimit),
                    Window = section.GetValue("Window", window),
                };
                var byCaller = name == RateLimitPolicies.Expensive;
                options.AddPolicy(name, http => RateLimitPartition.GetFixedWindowLimiter(ClientOf(http, byCaller), _ => limit));
            }

            options.OnRejected = (context, _) => RejectAsync(context.HttpContext);
        });
    }

    /// <summary>The token's subject when asked for and present, else the client's address.</summary>
    private static string ClientOf(HttpContext http, bool byCaller) =>
        byCaller && http.User.FindFirst(PlatformClaims.Subject)?.Value is { Length: > 0 } subject
            ? $"sub:{subject}"
            : $"ip:{http.Connection.RemoteIpAddress}";

    // A gRPC client reads the outcome from grpc-status, not the HTTP status: answer RESOURCE_EXHAUSTED.
    private static ValueTask RejectAsync(HttpContext http)
    {
        var response = http.Response;
        if (http.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true)
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = http.Request.ContentType;
            response.Headers["grpc-status"] = ((int)StatusCode.ResourceExhausted).ToString();
            response.Headers["grpc-message"] = Uri.EscapeDataString("请求过于频繁，请一分钟后再试。");
        }
        else
        {
            response.StatusCode = StatusCodes.Status429TooManyRequests;
        }

        return ValueTask.CompletedTask;
    }
}
