import { test } from "node:test";
import assert from "node:assert/strict";
import { changedPaths, changesOf, listItems, listValue, maskPathOf, propertyOf } from "../src/activities/update-mask";

const before = { name: "送教下乡", starts_on: "2018-05-10", place: "连山县", content: "" };

test("only the fields the person changed go into the mask", () => {
    const after = { ...before, place: "连南县", content: "示范课" };
    assert.deepEqual(changedPaths(before, after), ["place", "content"]);
});

test("whitespace around a value is not a change, and nothing changed gives an empty mask", () => {
    assert.deepEqual(changedPaths(before, { ...before, name: " 送教下乡 " }), []);
});

test("clearing a field is a change that sends an empty value", () => {
    const after = { ...before, place: "  " };
    assert.deepEqual(changedPaths(before, after), ["place"]);
    assert.deepEqual(changesOf(after, ["place"]), { place: "" });
});

test("the changes carry trimmed values under the generated property names", () => {
    assert.equal(propertyOf("outside_window_reason"), "outsideWindowReason");
    assert.deepEqual(changesOf({ ...before, starts_on: " 2018-05-11" }, ["starts_on"]), { startsOn: "2018-05-11" });
});

test("a list is one value whatever the order, blanks or repeats, so reordering is no change", () => {
    assert.equal(listValue(["t2", " t1", "", "t2"]), "t1,t2");
    assert.deepEqual(listItems("2018-05-11、2018-05-10, 2018-05-10，2018-05-12"), [
        "2018-05-10",
        "2018-05-11",
        "2018-05-12",
    ]);
    assert.deepEqual(listItems(""), []);
    assert.deepEqual(changedPaths({ team_ids: listValue(["a", "b"]) }, { team_ids: listValue(["b", "a"]) }), []);
});

test("a change to one part of a field puts the whole field in the mask once", () => {
    const shown = { place: "连山县", "budget.amount": "3500.00", "budget.source": "1", "budget.recipient_cost": "" };
    const after = { ...shown, "budget.amount": "4000", "budget.source": "2" };
    assert.deepEqual(changedPaths(shown, after), ["budget"]);
    assert.equal(maskPathOf("budget.recipient_cost"), "budget");
});
