using Grpc.Core;
using Microsoft.Extensions.Logging;
using Volunteer.Testing;

namespace Volunteer.Roster.Tests;

/// <summary>What the service's console shows operators: one line per refused call, nothing per successful one.</summary>
public sealed class FailedCallLogTests(RosterServiceHost host) : IClassFixture<RosterServiceHost>
{
    private const string BadIdNumber = "44030419850412X00X";
    private readonly RosterTestData _data = new(host);

    [Fact]
    public async Task A_refused_call_leaves_one_line_naming_the_fields_and_not_their_values()
    {
        var union = await _data.CityAsync("440300", "深圳市教育工会");
        await host.ClearStartUpLogsAsync();

        await Assert.ThrowsAsync<RpcException>(() => _data.RegisterAsync(RosterTestData.Registration(union.Id, BadIdNumber)));

        var line = Assert.Single(host.Logs.GetSnapshot(), r => r.Level >= LogLevel.Information);
        Assert.Contains("/volunteer.roster.v1.RosterService/RegisterStaffVolunteer", line.Message);
        Assert.Contains("InvalidArgument", line.Message);
        Assert.Contains("id_number", line.Message);
        Assert.DoesNotContain(BadIdNumber, line.Message);
    }

    [Fact]
    public async Task Successful_calls_log_nothing()
    {
        var union = await _data.CityAsync("440100", "广州市教育工会");
        await host.ClearStartUpLogsAsync();

        var volunteer = await _data.VolunteerAsync(union);
        await _data.Client().GetStaffVolunteerAsync(new() { Id = volunteer.Id }, _data.Province);

        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Level >= LogLevel.Information);
    }
}
