using System.Diagnostics;

namespace Volunteer.Testing;

/// <summary>A RabbitMQ node the tests may administer with rabbitmqctl (same Erlang cookie via HOME).</summary>
public sealed record RabbitMqNode(Uri AmqpUri, string NodeName, string Home)
{
    /// <summary>A fresh virtual host, so parallel test classes never see each other's messages.</summary>
    public async Task<Uri> CreateVirtualHostAsync()
    {
        var vhost = $"t_{Guid.NewGuid():N}";
        var user = AmqpUri.UserInfo.Split(':')[0];
        await ControlAsync("add_vhost", vhost);
        await ControlAsync("set_permissions", "-p", vhost, user, ".*", ".*", ".*");
        return new UriBuilder(AmqpUri) { Path = "/" + vhost }.Uri;
    }

    /// <summary>Returns once the node has booted; until it registers, rabbitmqctl cannot reach it at all.</summary>
    public async Task AwaitStartupAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                await ControlAsync("await_startup", "--timeout", "60");
                return;
            }
            catch (InvalidOperationException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(500);
            }
        }
    }

    /// <summary>Returns once the node no longer answers (a stop under load can outlast its script).</summary>
    public async Task AwaitShutdownAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                await ControlAsync("ping");
            }
            catch (InvalidOperationException)
            {
                return;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"RabbitMQ node {NodeName} did not stop.");
    }

    private async Task ControlAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("/usr/lib/rabbitmq/bin/rabbitmqctl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("-n");
        start.ArgumentList.Add(NodeName);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOME"] = Home;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {arguments[0]} failed: {await error}");
        }
    }
}
