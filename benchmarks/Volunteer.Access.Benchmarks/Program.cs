using System.Diagnostics;
using Grpc.Core;
using Grpc.Health.V1;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;

namespace Volunteer.Access.Benchmarks;

/// <summary>
/// The cost of a caller's token to each RPC: the bearer handler alone (signature with the issuer's key from
/// its discovery document, issuer, audience, lifetime, grants), and a whole RPC that needs a token beside
/// one that does not, on the roster service in-process (TestServer) against real PostgreSQL and RabbitMQ.
/// </summary>
internal static class Program
{
    private const int HandlerRuns = 20_000;
    private const int RpcRuns = 3_000;

    public static async Task Main()
    {
        Console.WriteLine("Starting (or finding) PostgreSQL and RabbitMQ, then the roster service ...");
        await TestServers.GetAsync();
        await using var host = new RosterHost();
        await host.InitializeAsync();
        await host.WaitUntilReadyAsync();
        var token = host.Tokens.Issue("benchmark", [new RoleGrant(PlatformRoles.UnionAdmin, Guid.NewGuid()),
            new RoleGrant(PlatformRoles.Volunteer, Guid.NewGuid())], TimeSpan.FromHours(1));

        var handler = await PerCallAsync(HandlerRuns, async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            http.Request.Headers.Authorization = $"Bearer {token}";
            var result = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("The benchmark's token was refused.", result.Failure);
            }
        });

        using var channel = host.CreateChannel();
        var roster = new RosterService.RosterServiceClient(channel);
        var health = new Health.HealthClient(channel);
        var bearer = new Metadata { { "authorization", $"Bearer {token}" } };
        var anonymous = await PerCallAsync(RpcRuns, async () => await health.CheckAsync(new HealthCheckRequest()));
        var authorized = await PerCallAsync(RpcRuns, async () =>
            await roster.ListUnionsAsync(new ListUnionsRequest { PageSize = 1 }, bearer));

        Console.WriteLine();
        Console.WriteLine($"bearer handler (validate + read grants)   {handler}");
        Console.WriteLine($"gRPC health check, no token                {anonymous}");
        Console.WriteLine($"ListUnions (1 row) with a token            {authorized}");
    }

    /// <summary>Runs after a warm-up of a tenth as many; microseconds per call, median and 95th percentile.</summary>
    private static async Task<string> PerCallAsync(int runs, Func<Task> call)
    {
        for (var i = 0; i < runs / 10; i++)
        {
            await call();
        }

        var micros = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await call();
            micros[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
        }

        Array.Sort(micros);
        return $"median {micros[runs / 2],8:F1} µs   p95 {micros[(int)(runs * 0.95)],8:F1} µs   ({runs} calls)";
    }
}
