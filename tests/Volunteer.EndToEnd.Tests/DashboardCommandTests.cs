using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Grpc.Core;
using Volunteer.Contracts.Auth;
using Volunteer.Contracts.Roster.V1;

namespace Volunteer.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class DashboardCommandTests(PlatformFixture platform)
{
    private const string ShenzhenUnion = "0193a1b2-0000-7000-8000-000000440300";

    [Fact]
    public async Task The_development_token_command_gives_a_token_the_services_accept_with_the_chosen_grant()
    {
        var arguments = new InteractionInputCollection(
        [
            new InteractionInput { Name = "role", InputType = InputType.Choice, Value = PlatformRoles.SafetyOfficer },
            new InteractionInput { Name = "union", InputType = InputType.Text, Value = ShenzhenUnion },
            new InteractionInput { Name = "subject", InputType = InputType.Text, Value = "officer-sz" },
        ]);

        var result = await platform.App.ResourceCommands.ExecuteCommandAsync("identity", "development-token", arguments);
        using var channel = platform.CreateChannel("roster");
        var info = (await new RosterService.RosterServiceClient(channel).GetServiceInfoAsync(
            new GetServiceInfoRequest(), new Metadata { { "authorization", $"Bearer {result.Data?.Value}" } })).Info;

        Assert.True(result.Success, result.Message);
        Assert.Equal(PlatformRoles.SafetyOfficer, info.Caller.Role);
        Assert.Equal(ShenzhenUnion, info.Caller.UnionId);
        Assert.Equal("officer-sz", info.Caller.Subject);
    }
}
