import { test } from "node:test";
import assert from "node:assert/strict";
import { changedPaths, changesOf, propertyOf } from "../src/activities/update-mask";

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
