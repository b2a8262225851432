extern alias reporting;
using System.Runtime.CompilerServices;
using Google.Protobuf.WellKnownTypes;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Events;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Testing;
using Xunit;
using ReportingDb = reporting::Volunteer.Reporting.Data.ReportingDbContext;

namespace Volunteer.Roster.Tests.Exports;

/// <summary>
/// Two cities with volunteers registered in roster (one who withdrew their consent) and an activity of the
/// first city that reporting has recorded for all of them, with a name a spreadsheet would run as a formula.
/// </summary>
internal sealed class ExportWorld
{
    public const string FormulaName = "=HYPERLINK(\"http://x\")送教";
    public static readonly DateOnly Day1 = new(2026, 5, 10);
    public static readonly DateOnly Day2 = new(2026, 5, 11);
    public const decimal Hours = 6.5m;
    private static readonly DateTimeOffset At = new(2026, 5, 1, 2, 0, 0, TimeSpan.Zero);

    public required Union CityA { get; init; }
    public required Union CityB { get; init; }
    public required (StaffVolunteer Volunteer, string IdNumber) Consenting { get; init; }
    public required StaffVolunteer WithoutConsent { get; init; }
    public required (StaffVolunteer Volunteer, string IdNumber) OfB { get; init; }

    private static readonly ConditionalWeakTable<RosterWithNeighboursHost, Task<ExportWorld>> Worlds = new();

    /// <summary>The host's world, made once whichever test asks first.</summary>
    public static Task<ExportWorld> OfAsync(RosterWithNeighboursHost host) => Worlds.GetValue(host, CreateAsync);

    private static async Task<ExportWorld> CreateAsync(RosterWithNeighboursHost host)
    {
        var data = new RosterTestData(host);
        var a = await data.CityAsync("440100", "广州市教育工会");
        var b = await data.CityAsync("440300", "深圳市教育工会");
        var consenting = await RegisterAsync(data, a, "44010000001");
        var without = await RegisterAsync(data, a, null);
        var ofB = await RegisterAsync(data, b, "44030000001");
        await RecordAsync(host, a, [Day1, Day2], [consenting.Volunteer, without.Volunteer, ofB.Volunteer]);
        return new ExportWorld
        {
            CityA = a, CityB = b, Consenting = consenting, WithoutConsent = without.Volunteer, OfB = ofB,
        };
    }

    /// <summary>
    /// A volunteer of the union; without a national number they withdrew their consents after registering
    /// (registration itself requires sensitive-data consent).
    /// </summary>
    public static async Task<(StaffVolunteer Volunteer, string IdNumber)> RegisterAsync(
        RosterTestData data, Union union, string? nationalNumber)
    {
        var idNumber = TestIdNumbers.Make(union.RegionCode[..4] + "02", RosterTestData.BirthDate, male: true);
        var request = RosterTestData.Registration(union.Id, idNumber);
        request.NationalVolunteerNumber = nationalNumber ?? "";
        request.SensitiveDataConsent.GivenTime = Timestamp.FromDateTimeOffset(At.AddDays(-40));
        var volunteer = await data.RegisterAsync(request);
        return nationalNumber is not null
            ? (volunteer, idNumber)
            : ((await data.Client().WithdrawConsentAsync(
                new WithdrawConsentRequest { VolunteerId = volunteer.Id }, data.Province)).Volunteer, idNumber);
    }

    /// <summary>
    /// An activity of the union recorded for every volunteer on every day, once reporting has it; with an
    /// evaluation it was completed with that service-quality evaluation first.
    /// </summary>
    public static async Task RecordAsync(RosterWithNeighboursHost host, Union organiser, DateOnly[] days,
        StaffVolunteer[] volunteers, string? evaluation = null)
    {
        var (activity, union) = (Guid.NewGuid(), Guid.Parse(organiser.Id));
        var bus = host.Services.GetRequiredService<IBus>();
        await bus.Publish(new ActivityPlanned(activity, union, 2026, FormulaName, "teaching", "education",
            "designated", null, null, [], days[0], days[^1], "连州市第一小学", "441882", "张队长", "物理实验课", false, At));
        if (evaluation is not null)
        {
            await bus.Publish(new ActivityCompleted(activity, union, [], [], [], "顺利完成", evaluation, At.AddDays(10)));
        }

        await bus.Publish(new ActivityRecorded(activity, union,
            [.. volunteers.SelectMany(v => days.Select(d => new RecordedService(Guid.Parse(v.Id), d, Hours)))],
            At.AddDays(20)));

        var ids = volunteers.Select(v => Guid.Parse(v.Id)).ToList();
        var known = await Eventually.GetAsync(async () =>
        {
            await using var scope = host.Reporting.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReportingDb>();
            return await db.ServiceLines.CountAsync(l => l.ActivityId == activity)
                + await db.Volunteers.CountAsync(v => ids.Contains(v.Id))
                + await db.Activities.CountAsync(x => x.Id == activity && x.Name == FormulaName);
        }, count => count == volunteers.Length * (days.Length + 1) + 1);
        Assert.Equal(volunteers.Length * (days.Length + 1) + 1, known);
    }
}
