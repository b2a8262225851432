import type { Participant } from "@volunteer/api/gen/volunteer/activity/v1/activity_pb";
import { h } from "../dom";
import type { FieldErrorSlots } from "../forms/field-error-slots";
import { volunteerNameElement } from "../volunteer-names";
import { budgetControl } from "./budget-control";
import { slotName, type EditControl, type EditField } from "./edit-fields";
import { participantStatusLabel } from "./participants";
import { listItems, listValue, type FormValues } from "./update-mask";

/** What the inputs can offer: the teams within reach and the activity's participants. */
export interface EditChoices {
    teams: { id: string; name: string }[];
    participants: Participant[];
}

function plain(field: EditField, value: string, slots: FieldErrorSlots): EditControl {
    const props = { name: field.path, maxlength: field.maxLength };
    const type = field.kind === "date" ? "date" : "text";
    const input = field.kind === "long" ? h("textarea", { ...props, rows: 3 }) : h("input", { ...props, type });
    input.value = field.kind === "days" ? listItems(value).join("、") : value;
    const read = () => (field.kind === "days" ? listValue(listItems(input.value)) : input.value);
    return {
        element: h("label", {}, field.label, input, slots.slot(slotName(field.path), input)),
        read: () => ({ [field.path]: read() }),
    };
}

function ticks(field: EditField, value: string, options: [string, Node | string][], slots: FieldErrorSlots) {
    const ticked = new Set(listItems(value));
    const boxes = options.map(([id]) => h("input", { type: "checkbox", name: field.path, value: id }));
    boxes.forEach((box) => (box.checked = ticked.has(box.value)));
    const fieldset = h(
        "fieldset",
        {},
        h("legend", {}, field.label),
        options.length ? options.map(([, label], index) => h("label", {}, boxes[index], label)) : h("p", {}, "暂无。"),
        slots.slot(slotName(field.path), boxes[0]),
    );
    const read = () => listValue(boxes.filter((box) => box.checked).map((box) => box.value));
    return { element: fieldset, read: () => ({ [field.path]: read() }) };
}

/** The inputs for one field, showing `values`; each has the slot its server field errors go to. */
export function editControl(field: EditField, values: FormValues, choices: EditChoices, slots: FieldErrorSlots) {
    const value = values[field.path] ?? "";
    switch (field.kind) {
        case "teams":
            return ticks(field, value, teamOptions(choices.teams, listItems(value)), slots);
        case "participants":
            return ticks(field, value, choices.participants.map(participantOption), slots);
        case "budget":
            return budgetControl(field, values, slots);
        default:
            return plain(field, value, slots);
    }
}

/** The teams within reach, and those the activity has that are not among them (e.g. disbanded since). */
function teamOptions(teams: EditChoices["teams"], current: string[]): [string, string][] {
    const known = new Map(teams.map((team) => [team.id, team.name]));
    const missing = current
        .filter((id) => !known.has(id))
        .map((id) => [id, "已解散或不在可选范围的分队"] as [string, string]);
    return [...known.entries(), ...missing];
}

function participantOption(participant: Participant): [string, Node] {
    const name = volunteerNameElement(participant.volunteerId, h("span", {}));
    return [participant.volunteerId, h("span", {}, name, `（${participantStatusLabel[participant.status]}）`)];
}
