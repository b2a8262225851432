import { test } from "node:test";
import assert from "node:assert/strict";
import { routeOf } from "../src/notifications/notification-links";
import { UnreadNotifications, type UnreadChange } from "../src/notifications/unread-notifications";

test("a notification leads to the console page of its target, when the console has one", () => {
    assert.equal(
        routeOf("activities/0f8b6c1e-1d2a-4b3c-9d4e-5f6a7b8c9d0e"),
        "#/activities/0f8b6c1e-1d2a-4b3c-9d4e-5f6a7b8c9d0e",
    );
    assert.equal(routeOf("digests/abc-123"), "#/digests/abc-123");
    assert.equal(routeOf("policies/abc-123"), undefined);
    assert.equal(routeOf("activities/../admin"), undefined);
});

test("the unread count follows the stream, falls as notifications are read and never below zero", () => {
    const unread = new UnreadNotifications();
    const leave = new AbortController();
    const seen: UnreadChange[] = [];
    unread.subscribe((change) => seen.push(change), leave.signal);
    unread.set(3);
    unread.markedRead(2);
    unread.markedRead(5);
    leave.abort();
    unread.set(7);
    assert.deepEqual(
        seen.map((change) => change.count),
        [3, 1, 0],
    );
    assert.equal(unread.count, 7);
});
