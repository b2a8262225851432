using Microsoft.Extensions.Options;
using Volunteer.Safety.Clearance;

namespace Volunteer.Safety.Tests;

public sealed class ClearanceRulesTests
{
    private static readonly Guid PolicyA = Guid.CreateVersion7();
    private static readonly Guid PolicyB = Guid.CreateVersion7();
    private static readonly Guid Volunteer = Guid.CreateVersion7();
    private static readonly PlanFacts Approved = new(ResponsibleNamed: true, Approved: true);

    // Every reason one participant without cover or training gives, in order.
    private static readonly string[] Participant =
        [ClearanceRules.Uninsured, ClearanceRules.NoBusinessTraining, ClearanceRules.NoConductTraining, ClearanceRules.NoSafetyTraining];

    // Service 10–12 May, travel on the 9th and the 13th.
    private static readonly ActivityDays Trip = new(Day(10), Day(12), Day(9), Day(13), Online: false);

    private readonly ClearanceRules _rules = new(Options.Create(new ClearanceOptions { TrainingValidityDays = 365 }));

    [Fact]
    public void Overlapping_policies_combine_to_cover_every_day()
    {
        var verdict = Evaluate(Trip, Cover(PolicyA, 1, 11, travel: true), Cover(PolicyB, 11, 31, travel: true));

        Assert.True(verdict.Cleared);
    }

    [Fact]
    public void A_gap_of_one_day_is_named_exactly()
    {
        var verdict = Evaluate(Trip, Cover(PolicyA, 1, 10, travel: true), Cover(PolicyB, 12, 31, travel: true));

        var reason = Assert.Single(verdict.Reasons);
        Assert.Equal(ClearanceRules.Uninsured, reason.Code);
        Assert.Equal(Volunteer, reason.VolunteerId);
        Assert.Equal([Day(11)], reason.Days);
    }

    [Fact]
    public void Cover_ending_mid_activity_leaves_the_remaining_days_uncovered()
    {
        var verdict = Evaluate(Trip, Cover(PolicyA, 1, 11, travel: true));

        Assert.Equal([Day(12), Day(13)], Assert.Single(verdict.Reasons).Days);
    }

    [Fact]
    public void Travel_days_count_only_under_a_policy_that_covers_travel()
    {
        var withoutTravel = Evaluate(Trip, Cover(PolicyA, 1, 31, travel: false));
        var travelOnlyAround = Evaluate(Trip, Cover(PolicyA, 1, 31, travel: false), Cover(PolicyB, 9, 9, travel: true), Cover(PolicyB, 13, 13, travel: true));

        Assert.Equal([Day(9), Day(13)], Assert.Single(withoutTravel.Reasons).Days);
        Assert.True(travelOnlyAround.Cleared);
    }

    [Fact]
    public void Online_activities_need_no_insurance_but_still_an_approved_plan()
    {
        var online = Trip with { Online = true };

        var verdict = _rules.Evaluate(online, new PlanFacts(ResponsibleNamed: true, Approved: false), [new ParticipantFacts(Volunteer, [], Trained(Day(1)))]);

        Assert.Equal([ClearanceRules.PlanNotApproved], verdict.Reasons.Select(r => r.Code));
    }

    [Theory]
    [InlineData(10, true)] // on the first day
    [InlineData(11, false)] // after the first day
    [InlineData(-353, true)] // 2026-05-12: exactly 365 days before the last day
    [InlineData(-354, false)] // one day older
    public void Safety_training_must_precede_the_activity_and_be_current_at_its_end(int dayOfMay2027, bool current)
    {
        var trained = new DateOnly(2027, 5, 1).AddDays(dayOfMay2027 - 1);
        List<TrainingTaken> trainings = [.. Trained(Day(1)).Where(t => t.Kind != "safety"), new("safety", trained)];

        var verdict = _rules.Evaluate(Trip, Approved, [new ParticipantFacts(Volunteer, Cover(PolicyA, 1, 31, travel: true), trainings)]);

        Assert.Equal(current, verdict.Cleared);
        Assert.Equal(current ? [] : new[] { ClearanceRules.NoSafetyTraining }, verdict.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Without_a_plan_every_reason_is_listed_in_a_fixed_order()
    {
        var second = Guid.CreateVersion7();

        var verdict = _rules.Evaluate(Trip, new PlanFacts(false, false),
            [new ParticipantFacts(second, [], []), new ParticipantFacts(Volunteer, [], [])]);
        var again = _rules.Evaluate(Trip, new PlanFacts(false, false),
            [new ParticipantFacts(Volunteer, [], []), new ParticipantFacts(second, [], [])]);

        Assert.Equal(
            [ClearanceRules.NoResponsiblePerson, ClearanceRules.PlanNotApproved, .. Participant, .. Participant],
            verdict.Reasons.Select(r => r.Code));
        Assert.Equal(Trip.AllDays(), verdict.Reasons[2].Days);
        Assert.Equal(verdict.Serialize(), again.Serialize());
    }

    [Fact]
    public void Enrolment_days_outside_the_policy_period_do_not_count()
    {
        var cut = CoverPeriod.Of(PolicyA, Day(1), Day(11), Day(5), Day(20), travelCovered: true);

        Assert.Equal(new CoverPeriod(PolicyA, Day(5), Day(11), true), cut);
        Assert.Null(CoverPeriod.Of(PolicyA, Day(1), Day(4), Day(5), Day(20), travelCovered: true));
    }

    [Fact]
    public void Business_and_conduct_training_are_required_by_default_and_named_in_chinese()
    {
        var verdict = _rules.Evaluate(Trip, Approved,
            [new ParticipantFacts(Volunteer, Cover(PolicyA, 1, 31, travel: true), [new("safety", Day(1))])]);

        Assert.Equal([ClearanceRules.NoBusinessTraining, ClearanceRules.NoConductTraining], verdict.Reasons.Select(r => r.Code));
        Assert.Equal("活动首日前未接受思想作风培训，或培训已早于活动末日 365 天", verdict.Reasons[1].Description);
    }

    [Fact]
    public void A_configured_list_of_kinds_replaces_the_programs()
    {
        var safetyOnly = new ClearanceRules(Options.Create(new ClearanceOptions { RequiredTrainingKinds = ["safety"] }));

        var verdict = safetyOnly.Evaluate(Trip, Approved,
            [new ParticipantFacts(Volunteer, Cover(PolicyA, 1, 31, travel: true), [new("safety", Day(1))])]);

        Assert.True(verdict.Cleared);
    }

    private static List<TrainingTaken> Trained(DateOnly day) => [new("business", day), new("conduct", day), new("safety", day)];

    private ClearanceVerdict Evaluate(ActivityDays activity, params IEnumerable<CoverPeriod>[] cover) =>
        _rules.Evaluate(activity, Approved, [new ParticipantFacts(Volunteer, [.. cover.SelectMany(c => c)], Trained(Day(1)))]);

    private static CoverPeriod[] Cover(Guid policy, int from, int to, bool travel) => [new(policy, Day(from), Day(to), travel)];

    private static DateOnly Day(int dayOfMay) => new(2027, 5, dayOfMay);
}
