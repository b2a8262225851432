using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Volunteer.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class ReportingCommandTests(PlatformFixture platform)
{
    [Fact]
    public async Task Generate_digest_now_produces_the_periods_digest_once_and_then_returns_it()
    {
        var arguments = new InteractionInputCollection(
        [
            new InteractionInput { Name = "kind", InputType = InputType.Choice, Value = "Monthly" },
            new InteractionInput { Name = "day", InputType = InputType.Text, Value = "2026-06-15" },
        ]);

        var first = await platform.App.ResourceCommands.ExecuteCommandAsync("reporting", "generate-digest", arguments);
        var again = await platform.App.ResourceCommands.ExecuteCommandAsync("reporting", "generate-digest", arguments);

        Assert.True(first.Success, first.Message);
        Assert.StartsWith("Produced: Monthly 2026-06-01–2026-06-30", first.Message);
        Assert.True(again.Success, again.Message);
        Assert.StartsWith("Already there: Monthly 2026-06-01–2026-06-30", again.Message);
    }

    [Fact]
    public async Task Rebuild_read_models_replays_reportings_event_log()
    {
        var result = await platform.App.ResourceCommands.ExecuteCommandAsync("reporting", "rebuild-read-models");

        Assert.True(result.Success, result.Message);
        Assert.Matches(@"^Rebuilt from \d+ events$", result.Message);
    }
}
