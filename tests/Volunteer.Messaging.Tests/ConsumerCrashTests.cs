using System.Diagnostics;
using Volunteer.Testing;

namespace Volunteer.Messaging.Tests;

public sealed class ConsumerCrashTests
{
    [Fact]
    public async Task A_consumer_killed_in_the_middle_of_a_batch_ends_with_the_producers_totals_after_restart()
    {
        var scenario = await MessagingScenario.CreateAsync();
        // A first run creates the consumer's queue; the backlog then waits there for the second.
        var consumer = StartConsumerProcess(scenario);
        try
        {
            await BrokerQueues.WaitForConsumerAsync(scenario.Broker, "testapp-number-recorded");
            consumer.Kill(entireProcessTree: true);
            await consumer.WaitForExitAsync();
            using var producer = scenario.Producer();
            await producer.StartAsync();
            await MessagingScenario.RecordNumbersAsync(producer, Enumerable.Range(1, 1000));
            var queued = await Eventually.GetAsync(() => BrokerQueues.MessageCountAsync(scenario.Broker, "testapp-number-recorded"), c => c == 1000);
            Assert.Equal(1000u, queued);

            consumer = StartConsumerProcess(scenario);
            await scenario.WaitForEffectsAsync(150, TimeSpan.FromMinutes(1));
            consumer.Kill(entireProcessTree: true);
            await consumer.WaitForExitAsync();
            var atKill = await scenario.CountEffectsAsync();
            consumer = StartConsumerProcess(scenario);
            await scenario.WaitForEffectsAsync(1000, TimeSpan.FromMinutes(2));
            await Task.Delay(TimeSpan.FromSeconds(1));
            var effects = await scenario.CountEffectsAsync();

            Assert.InRange(atKill.Total, 150, 999);
            Assert.Equal((1000, 1000), effects);
            await producer.StopAsync();
        }
        finally
        {
            consumer.Kill(entireProcessTree: true);
        }
    }

    // Slowed a little per message so the kill lands while deliveries are in flight.
    private static Process StartConsumerProcess(MessagingScenario scenario)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Volunteer.Messaging.TestApp.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in scenario.Settings(scenario.ConsumerDatabase))
        {
            start.Environment[key.Replace(":", "__")] = value;
        }

        start.Environment["TestApp__HandlingDelay"] = "00:00:00.010";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
