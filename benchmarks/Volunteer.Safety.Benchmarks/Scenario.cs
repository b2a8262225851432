using Volunteer.Safety.Activities;
using Volunteer.Safety.Clearance;
using Volunteer.Safety.Data;
using Volunteer.Safety.Insurance;
using Volunteer.Safety.Plans;
using Volunteer.Safety.Volunteers;

namespace Volunteer.Safety.Benchmarks;

/// <summary>
/// The measured world, written straight to the service's database: one activity of 500 trained
/// participants (service 10–12 May 2027, travel on the 9th and 13th) with an approved plan, 50 policies,
/// and each participant insured twice: a year-long policy without travel cover and a travel policy for
/// the trip. Every 25th participant lacks the travel policy, so the verdict lists real gaps. Other
/// volunteers fill the policies' lists so the queries run against more than the measured rows.
/// </summary>
internal static class Scenario
{
    public const int Participants = 500;
    public const int Policies = 50;
    public const int OtherInsured = 20_000;
    public static readonly DateOnly Starts = new(2027, 5, 10);

    public static async Task<(Guid Activity, List<Guid> Participants)> SeedAsync(SafetyDbContext db)
    {
        var union = Guid.CreateVersion7();
        var policies = Enumerable.Range(0, Policies).Select(i => new Policy
        {
            Id = Guid.CreateVersion7(), HolderUnionId = union, Insurer = "中国人寿", PolicyNumber = $"BENCH-{i:D3}", Product = "志愿者团体意外险",
            DeathDisabilityLimit = 200_000, MedicalLimit = 20_000, MedicalDeductible = 100, CoversFrom = new(2027, 1, 1), CoversTo = new(2027, 12, 31),
            Territory = "中国境内", TravelCovered = i % 2 == 1, RegisteredAt = DateTimeOffset.UtcNow,
        }).ToList();
        db.Policies.AddRange(policies);
        var activity = new KnownActivity
        {
            Id = Guid.CreateVersion7(), UnionId = union, Name = "送教下乡", StartsOn = Starts, EndsOn = Starts.AddDays(2),
            DepartsOn = Starts.AddDays(-1), ReturnsOn = Starts.AddDays(3),
        };
        db.Activities.Add(activity);
        db.Plans.Add(new SafetyPlan
        {
            Id = Guid.CreateVersion7(), ActivityId = activity.Id, UnionId = union, Status = SafetyPlanStatus.Approved,
            ResponsibleName = "王领队", Author = "author", Approver = "approver", UpdatedAt = DateTimeOffset.UtcNow,
        });
        var participants = new List<Guid>();
        for (var i = 0; i < Participants; i++)
        {
            var volunteer = Guid.CreateVersion7();
            participants.Add(volunteer);
            db.Volunteers.Add(new KnownVolunteer { Id = volunteer, UnionId = union, Name = $"志愿者{i}" });
            db.Participations.Add(new Participation { ActivityId = activity.Id, VolunteerId = volunteer, Confirmed = true, ChangedAt = DateTimeOffset.UtcNow });
            db.SafetyTrainings.AddRange(TrainingKinds.ProgramRequires.Select(kind => new SafetyTraining
            {
                Id = Guid.CreateVersion7(), VolunteerId = volunteer, Kind = kind, Date = new(2027, 1, 10),
            }));
            Insure(db, policies[2 * (i % (Policies / 2))], volunteer, new(2027, 1, 1), new(2027, 12, 31));
            if (i % 25 != 0)
            {
                Insure(db, policies[2 * (i % (Policies / 2)) + 1], volunteer, activity.DepartsOn, activity.ReturnsOn);
            }
        }

        for (var i = 0; i < OtherInsured; i++)
        {
            Insure(db, policies[i % Policies], Guid.CreateVersion7(), new(2027, 3, 1), new(2027, 3, 31));
        }

        await db.SaveChangesAsync();
        return (activity.Id, participants);
    }

    private static void Insure(SafetyDbContext db, Policy policy, Guid volunteer, DateOnly from, DateOnly to) =>
        db.InsuredPeriods.Add(new InsuredPeriod { Id = Guid.CreateVersion7(), PolicyId = policy.Id, VolunteerId = volunteer, From = from, To = to, EnrolledAt = DateTimeOffset.UtcNow });
}
