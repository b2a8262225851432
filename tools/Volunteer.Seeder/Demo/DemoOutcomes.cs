using System.Globalization;
using Volunteer.Contracts.Activity.V1;

namespace Volunteer.Seeder.Demo;

/// <summary>What a completed demo activity reports: people served by kind, goods signed for, money spent.</summary>
public static class DemoOutcomes
{
    public static Outcomes For(ActivitySpec spec)
    {
        var random = new Random(spec.Key.Aggregate(17, (hash, c) => hash * 31 + c));
        var outcomes = new Outcomes
        {
            Summary = $"{spec.Team.Name}在{spec.Site?.Name ?? "线上"}开展{ActivityForms.Label(spec.Form)}：{spec.Content}。",
            Evaluation = random.Next(3) == 0 ? "受援单位评价优秀，希望常态化开展" : "受援单位评价良好，活动达到预期目标",
        };
        outcomes.Beneficiaries.AddRange(Beneficiaries(spec.Form, random));
        if (spec.Form == ActivityForm.Donation)
        {
            outcomes.Donations.Add(new Donation { Item = "课桌椅", Quantity = "20", Unit = "套", Value = Money(6000m), ReceivedBy = $"{spec.Site!.Town}中心小学校长" });
            outcomes.Donations.Add(new Donation { Item = "图书", Quantity = "500", Unit = "册", Value = Money(9500m), ReceivedBy = $"{spec.Site.Town}中心小学图书管理员" });
        }

        var travel = Math.Round(spec.Budget * 0.6m, 2);
        outcomes.Spending.Add(new Spending { Amount = Money(travel), Category = "交通", Source = spec.Funding });
        outcomes.Spending.Add(new Spending { Amount = Money(spec.Budget - travel), Category = "物资", Source = spec.Funding });
        return outcomes;
    }

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static IEnumerable<Beneficiaries> Beneficiaries(ActivityForm form, Random random) => form switch
    {
        ActivityForm.Medical =>
        [
            new() { Kind = BeneficiaryKind.Patients, Count = random.Next(60, 300) },
            new() { Kind = BeneficiaryKind.MedicalStaff, Count = random.Next(3, 12) },
        ],
        ActivityForm.Teaching or ActivityForm.ExperienceExchange or ActivityForm.SchoolEnterprise or ActivityForm.InternetPlus =>
        [
            new() { Kind = BeneficiaryKind.Students, Count = random.Next(40, 240) },
            new() { Kind = BeneficiaryKind.Teachers, Count = random.Next(5, 25) },
        ],
        ActivityForm.Donation => [new() { Kind = BeneficiaryKind.Students, Count = random.Next(100, 400) }],
        _ => [new() { Kind = BeneficiaryKind.Villagers, Count = random.Next(80, 500) }],
    };
}
