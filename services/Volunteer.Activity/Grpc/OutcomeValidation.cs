using Volunteer.Activity.Activities;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Grpc;

/// <summary>Reads the outcomes given at completion, naming each bad line (e.g. donations[2].value).</summary>
internal static class OutcomeValidation
{
    public static ActivityOutcomes Parse(Proto.Outcomes? outcomes, FieldViolations violations)
    {
        outcomes ??= new Proto.Outcomes();
        FieldRules.RequireText(outcomes.Summary, 2000, "outcomes.summary", violations);
        FieldRules.OptionalText(outcomes.Evaluation, 2000, "outcomes.evaluation", violations);
        var result = new ActivityOutcomes
        {
            Summary = outcomes.Summary.Trim(), Evaluation = outcomes.Evaluation.Trim(),
        };
        const int maxLines = ActivityBounds.MaxOutcomeLines;
        var bounded = ActivityBounds.Count(outcomes.Beneficiaries, maxLines, "outcomes.beneficiaries", violations)
            & ActivityBounds.Count(outcomes.Donations, maxLines, "outcomes.donations", violations)
            & ActivityBounds.Count(outcomes.Spending, maxLines, "outcomes.spending", violations);
        if (!bounded)
        {
            return result;
        }

        foreach (var (line, i) in outcomes.Beneficiaries.Select((b, i) => (b, i)))
        {
            EnumField.Required<BeneficiaryKind>((int)line.Kind, $"outcomes.beneficiaries[{i}].kind", violations);
            if (line.Count is <= 0 or > ActivityBounds.MaxBeneficiaries)
            {
                violations.Add($"outcomes.beneficiaries[{i}].count",
                    FieldTexts.Between(1, ActivityBounds.MaxBeneficiaries));
            }

            result.Beneficiaries.Add(new BeneficiaryLine((int)line.Kind, line.Count));
        }

        foreach (var (line, i) in outcomes.Donations.Select((d, i) => (d, i)))
        {
            var field = $"outcomes.donations[{i}]";
            FieldRules.RequireText(line.Item, 100, $"{field}.item", violations);
            FieldRules.RequireText(line.Unit, 20, $"{field}.unit", violations);
            FieldRules.RequireText(line.ReceivedBy, 50, $"{field}.received_by", violations);
            var quantity = ActivityBounds.Amount(line.Quantity, $"{field}.quantity", violations, minimum: 0.0001m);
            var value = ActivityBounds.Amount(line.Value, $"{field}.value", violations);
            result.Donations.Add(
                new DonationItem(line.Item.Trim(), quantity, line.Unit.Trim(), value, line.ReceivedBy.Trim()));
        }

        foreach (var (line, i) in outcomes.Spending.Select((s, i) => (s, i)))
        {
            var field = $"outcomes.spending[{i}]";
            FieldRules.RequireText(line.Category, 50, $"{field}.category", violations);
            var source = EnumField.Required<FundingSource>((int)line.Source, $"{field}.source", violations);
            var amount = ActivityBounds.Amount(line.Amount, $"{field}.amount", violations, minimum: 0.01m);
            result.Spending.Add(new SpendingItem(amount, line.Category.Trim(), source));
        }

        return result;
    }
}
