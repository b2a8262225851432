using Volunteer.Activity.Grpc;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Activities;

/// <summary>Checks the outcomes given at completion, naming each bad line (e.g. donations[2].value).</summary>
public static class OutcomeRules
{
    public static ActivityOutcomes Check(Proto.Outcomes? outcomes, FieldViolations violations)
    {
        outcomes ??= new Proto.Outcomes();
        FieldRules.RequireText(outcomes.Summary, 2000, "outcomes.summary", violations);
        FieldRules.OptionalText(outcomes.Evaluation, 2000, "outcomes.evaluation", violations);
        var result = new ActivityOutcomes { Summary = outcomes.Summary.Trim(), Evaluation = outcomes.Evaluation.Trim() };
        var bounded = ActivityBounds.Count(outcomes.Beneficiaries, ActivityBounds.MaxOutcomeLines, "outcomes.beneficiaries", violations)
            & ActivityBounds.Count(outcomes.Donations, ActivityBounds.MaxOutcomeLines, "outcomes.donations", violations)
            & ActivityBounds.Count(outcomes.Spending, ActivityBounds.MaxOutcomeLines, "outcomes.spending", violations);
        if (!bounded)
        {
            return result;
        }

        foreach (var (line, i) in outcomes.Beneficiaries.Select((b, i) => (b, i)))
        {
            EnumField.Required<Proto.BeneficiaryKind>((int)line.Kind, $"outcomes.beneficiaries[{i}].kind", violations);
            if (line.Count is <= 0 or > ActivityBounds.MaxBeneficiaries)
            {
                violations.Add($"outcomes.beneficiaries[{i}].count", $"must be 1 to {ActivityBounds.MaxBeneficiaries}");
            }

            result.Beneficiaries.Add(new BeneficiaryLine((int)line.Kind, line.Count));
        }

        foreach (var (line, i) in outcomes.Donations.Select((d, i) => (d, i)))
        {
            var field = $"outcomes.donations[{i}]";
            FieldRules.RequireText(line.Item, 100, $"{field}.item", violations);
            FieldRules.RequireText(line.Unit, 20, $"{field}.unit", violations);
            FieldRules.RequireText(line.ReceivedBy, 50, $"{field}.received_by", violations);
            result.Donations.Add(new DonationItem(line.Item.Trim(), ActivityBounds.Amount(line.Quantity, $"{field}.quantity", violations, minimum: 0.0001m),
                line.Unit.Trim(), ActivityBounds.Amount(line.Value, $"{field}.value", violations), line.ReceivedBy.Trim()));
        }

        foreach (var (line, i) in outcomes.Spending.Select((s, i) => (s, i)))
        {
            var field = $"outcomes.spending[{i}]";
            FieldRules.RequireText(line.Category, 50, $"{field}.category", violations);
            EnumField.Required<FundingSource>((int)line.Source, $"{field}.source", violations);
            result.Spending.Add(new SpendingItem(ActivityBounds.Amount(line.Amount, $"{field}.amount", violations, minimum: 0.01m),
                line.Category.Trim(), (FundingSource)line.Source));
        }

        return result;
    }
}
