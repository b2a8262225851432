using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.EntityFrameworkCore.Models;
using Volunteer.Identity.Clients;
using Volunteer.Identity.Data;
using Volunteer.Identity.Tests.Support;

namespace Volunteer.Identity.Tests;

/// <summary>Two identity replicas started at once on one database, as a deployment of two starts them.</summary>
public sealed class IdentityReplicaTests : IAsyncLifetime
{
    private readonly IdentityServiceHost _first = new();
    private readonly IdentityServiceHost _second = new();

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_first).InitializeAsync();
        _second.ReplicaOf(_first);
        await Task.WhenAll(Task.Run(() => StartAsync(_first)), Task.Run(() => StartAsync(_second)));
    }

    // A readiness probe that comes before the bus has started is answered "not ready", and the health checks log
    // that as an error. These tests are about what the replicas log and store on their own, so they probe after.
    private static async Task StartAsync(IdentityServiceHost host)
    {
        await host.WaitUntilBusStartedAsync();
        await host.WaitUntilReadyAsync();
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task Replicas_starting_together_register_each_configured_client_once()
    {
        await using var scope = _first.Services.CreateAsyncScope();
        var configured = scope.ServiceProvider.GetRequiredService<ClientDescriptors>().All()
            .Select(client => client.ClientId!);
        var stored = await scope.ServiceProvider.GetRequiredService<AccountsDbContext>()
            .Set<OpenIddictEntityFrameworkCoreApplication>().Select(client => client.ClientId!).ToListAsync();

        Assert.Equal(configured.Order(), stored.Order());
    }

    [Fact]
    public async Task What_one_replica_protects_the_other_reads_with_the_one_key_both_keep_in_the_database()
    {
        var protectedText = Protector(_first).Protect("sign-in cookie");

        Assert.Equal("sign-in cookie", Protector(_second).Unprotect(protectedText));
        await using var scope = _second.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<AccountsDbContext>()
            .Set<DataProtectionKey>().CountAsync();
        Assert.Equal(1, keys);
    }

    [Fact]
    public async Task Replicas_starting_on_a_fresh_database_log_no_error()
    {
        await Task.WhenAll(_first.WaitUntilReadyAsync(), _second.WaitUntilReadyAsync());

        // An error at every first start (a table read before it was created) is one an operator would chase.
        Assert.DoesNotContain(_first.Logs.GetSnapshot().Concat(_second.Logs.GetSnapshot()),
            record => record.Level >= LogLevel.Error);
    }

    private static IDataProtector Protector(IdentityServiceHost host) =>
        host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Identity.Application");
}
