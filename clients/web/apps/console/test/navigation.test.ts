import { test } from "node:test";
import assert from "node:assert/strict";
import { parseGrant } from "../src/grants";
import { homeFor, menuFor } from "../src/shell/navigation";

const labels = (values: string[]) => menuFor(values.map(parseGrant)).map((entry) => entry.label);

test("a volunteer is offered only the activities open to them, and the console opens there", () => {
    assert.deepEqual(labels(["volunteer:u1"]), ["可报名的活动"]);
    assert.equal(homeFor([parseGrant("volunteer:u1")]), "/open-activities");
});

test("a captain who is also a volunteer sees the activity board and the open activities", () => {
    assert.deepEqual(labels(["team-captain:u1:t1", "volunteer:u1"]), ["活动", "可报名的活动"]);
});

test("a union admin opens on the progress page; someone with no page opens their inbox", () => {
    assert.equal(homeFor([parseGrant("union-admin:u1")]), "/progress");
    assert.equal(labels(["union-admin:u1"]).includes("可报名的活动"), false);
    assert.equal(homeFor([]), "/notifications");
});
