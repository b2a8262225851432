import { FundingSource } from "@volunteer/api/gen/volunteer/activity/v1/activity_pb";
import { h } from "../dom";
import type { FieldErrorSlots } from "../forms/field-error-slots";
import { fundingSourceLabel } from "../labels";
import { slotName, type EditControl, type EditField } from "./edit-fields";
import type { FormValues } from "./update-mask";

/** The budget's three parts; UpdateActivity replaces the budget whole, so all three are read together. */
export function budgetControl(field: EditField, values: FormValues, slots: FieldErrorSlots): EditControl {
    const amount = h("input", { name: "budget.amount", inputmode: "decimal", maxlength: 20 });
    const cost = h("input", { name: "budget.recipient_cost", inputmode: "decimal", maxlength: 20 });
    const sources = [FundingSource.UNION, FundingSource.UNIT];
    const source = h(
        "select",
        { name: "budget.source" },
        h("option", { value: "0" }, "请选择"),
        sources.map((value) => h("option", { value }, fundingSourceLabel[value])),
    );
    [amount.value, source.value, cost.value] = ["amount", "source", "recipient_cost"].map(
        (part) => values[`budget.${part}`] ?? "",
    );
    const part = (label: string, input: HTMLElement, name: string) =>
        h("label", {}, label, input, slots.slot(slotName(name), input));
    return {
        element: h(
            "fieldset",
            {},
            h("legend", {}, field.label),
            part("金额（元）", amount, "budget.amount"),
            part("经费来源", source, "budget.source"),
            part("受益对象承担费用（元，须为0）", cost, "budget.recipient_cost"),
        ),
        read: () => ({
            "budget.amount": amount.value,
            "budget.source": source.value,
            "budget.recipient_cost": cost.value,
        }),
    };
}
