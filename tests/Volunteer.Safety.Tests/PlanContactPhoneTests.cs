using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Volunteer.Contracts.Safety.V1;
using Volunteer.Safety.Data;
using Volunteer.ServiceDefaults.PersonalData;
using Volunteer.Testing;

namespace Volunteer.Safety.Tests;

public sealed class PlanContactPhoneTests(SafetyServiceHost host) : IClassFixture<SafetyServiceHost>
{
    private const string Canonical = "13812345678";
    private const string Masked = "138****5678";
    private readonly SafetyTestData _data = new(host);

    [Fact]
    public async Task A_contact_phone_is_stored_encrypted_and_every_plan_read_shows_it_masked()
    {
        var city = await _data.CityAsync();
        var activity = await _data.ActivityAsync(city, []);
        var client = _data.Client();
        var plan = SafetyTestData.CompletePlan(activity);

        var saved = (await client.SaveSafetyPlanAsync(new SaveSafetyPlanRequest { Plan = plan }, _data.Officer(city))).Plan;
        var read = (await client.GetSafetyPlanAsync(
            new GetSafetyPlanRequest { ActivityId = activity.ToString() }, _data.Province)).Plan;
        var (column, decrypted) = await host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<SafetyDbContext>();
            var raw = await db.Database.SqlQuery<string>(
                $"select emergency_contacts::text as \"Value\" from safety_plans where activity_id = {activity}")
                .SingleAsync();
            var stored = await db.Plans.AsNoTracking().SingleAsync(p => p.ActivityId == activity);
            var protector = services.GetRequiredService<PersonalDataProtector>();
            return (raw, protector.Decrypt(stored.EmergencyContacts[0].ProtectedPhone!));
        });

        Assert.Equal(Masked, saved.EmergencyContacts[0].Phone);
        Assert.Equal(Masked, read.EmergencyContacts[0].Phone);
        Assert.DoesNotContain(Canonical, column, StringComparison.Ordinal);
        Assert.Equal(Canonical, decrypted);
    }

    [Fact]
    public async Task A_plan_whose_contacts_were_saved_without_phones_reads_them_empty_and_is_submitted_only_with_them()
    {
        var city = await _data.CityAsync();
        var activity = await _data.ActivityAsync(city, []);
        var client = _data.Client();
        var byActivity = activity.ToString();
        await client.SaveSafetyPlanAsync(
            new SaveSafetyPlanRequest { Plan = SafetyTestData.CompletePlan(activity) }, _data.Officer(city));
        await host.InScopeAsync(async services =>
        {
            // As a plan written before contacts had phones is stored.
            var db = services.GetRequiredService<SafetyDbContext>();
            var stored = await db.Plans.SingleAsync(p => p.ActivityId == activity);
            stored.EmergencyContacts = [new() { Name = "陈院长", Role = "乡卫生院院长" }];
            return await db.SaveChangesAsync();
        });

        var read = (await client.GetSafetyPlanAsync(new GetSafetyPlanRequest { ActivityId = byActivity }, _data.Province)).Plan;
        var refused = await RpcAssert.InvalidFieldsAsync(() => client.SubmitSafetyPlanAsync(
            new SubmitSafetyPlanRequest { ActivityId = byActivity }, _data.Officer(city)).ResponseAsync);

        Assert.Equal("", read.EmergencyContacts[0].Phone);
        Assert.Equal(["plan.emergency_contacts[0].phone"], refused);
    }
}
