using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Identity.Accounts;
using Volunteer.Identity.Tests.Support;
using Volunteer.Safety.Benchmarks;
using Volunteer.Testing;

namespace Volunteer.Identity.Benchmarks;

/// <summary>
/// Times the console's sign-in as a browser makes it: the authorization request, the sign-in page and its
/// POST (password hashing included), the redirect with the code, and the code exchanged for tokens
/// (with PKCE). Each run is a new browser session. Real PostgreSQL and RabbitMQ, loopback HTTP.
/// </summary>
internal static class Program
{
    private const string UserName = "benchmark-user";
    private const string Password = "Bench-mark-2027!";
    private const int Runs = 100;

    public static async Task Main()
    {
        Console.WriteLine("Starting (or finding) PostgreSQL and RabbitMQ, then the identity service ...");
        await TestServers.GetAsync();
        await using var host = new IdentityBenchmarkHost();
        await host.InitializeAsync();
        host.StartServer();
        await CreateAccountAsync(host);

        var signIn = await Timings.MeasureAsync(10, Runs, async () =>
        {
            var flow = new CodeFlow(host.Issuer, IdentityBenchmarkHost.RedirectUri);
            var tokens = await flow.SignInAsync(UserName, Password);
            if (!tokens.TryGetProperty("access_token", out _))
            {
                throw new InvalidOperationException($"The sign-in gave no token: {tokens}");
            }
        });

        Console.WriteLine();
        var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        Console.WriteLine($"Identity service on {Environment.ProcessorCount} cores; load average {load} at the end");
        Console.WriteLine("sign-in round trip (authorize → sign-in page → POST password → code → token exchange):");
        Console.WriteLine($"  {signIn}");
    }

    private static async Task CreateAccountAsync(IdentityBenchmarkHost host)
    {
        using var scope = host.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var created = await users.CreateAsync(new Account
        {
            Id = Guid.CreateVersion7(), UserName = UserName, DisplayName = "基准测试", HomeUnionId = Guid.CreateVersion7(),
            CreatedAt = DateTimeOffset.UtcNow, LockoutEnabled = true,
        }, Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }
    }
}
