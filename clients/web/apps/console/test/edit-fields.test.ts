import { test } from "node:test";
import assert from "node:assert/strict";
import { editConverters, editFields } from "../src/activities/edit-fields";
import { changedPaths, changesOf, listValue } from "../src/activities/update-mask";

const shown = {
    team_ids: listValue(["team-1"]),
    participant_ids: listValue(["v-1", "v-2"]),
    meeting_days: "",
    "budget.amount": "3500.00",
    "budget.source": "1",
    "budget.recipient_cost": "0",
};

test("teams, participants and meeting days go out as lists, only when changed", () => {
    const after = { ...shown, team_ids: listValue(["team-2", "team-1"]), participant_ids: "v-2" };
    const paths = changedPaths(shown, after);
    assert.deepEqual(paths, ["team_ids", "participant_ids"]);
    assert.deepEqual(changesOf(after, paths, editConverters), {
        teamIds: ["team-1", "team-2"],
        participantIds: ["v-2"],
    });
});

test("removing every participant and clearing the meeting days send empty lists", () => {
    const after = { ...shown, participant_ids: "", meeting_days: "" };
    assert.deepEqual(changesOf(after, ["participant_ids", "meeting_days"], editConverters), {
        participantIds: [],
        meetingDays: [],
    });
});

test("the budget goes out whole, its source as the enum number", () => {
    const after = { ...shown, "budget.amount": " 4200 " };
    assert.deepEqual(changesOf(after, changedPaths(shown, after), editConverters), {
        budget: { amount: "4200", source: 1, recipientCost: "0" },
    });
});

test("every field UpdateActivity accepts has an input, each once", () => {
    const paths = editFields.map((field) => field.path);
    assert.equal(new Set(paths).size, paths.length);
    for (const path of ["team_ids", "participant_ids", "departs_on", "returns_on", "meeting_days", "budget"]) {
        assert.ok(paths.includes(path), path);
    }
});
