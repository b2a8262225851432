import { test } from "node:test";
import assert from "node:assert/strict";
import { backoffDelay, keepWatching, type StreamState } from "../src/notifications/keep-watching";

/** A stream that yields `messages`, then fails with `failure` (or ends when there is none). */
async function* stream(messages: number[], failure?: Error): AsyncGenerator<number> {
    for (const message of messages) yield message;
    if (failure) throw failure;
}

test("a stream that fails or ends is opened again until the page is left, waiting longer each time", async () => {
    const opened: number[][] = [[1, 2], [], [], [3]];
    const leave = new AbortController();
    const received: number[] = [];
    const waits: number[] = [];
    const states: StreamState[] = [];
    let opens = 0;
    await keepWatching(
        () => {
            const messages = opened[opens++] ?? [];
            if (opens === opened.length) queueMicrotask(() => leave.abort());
            return stream(messages, opens % 2 ? new Error("UNAUTHENTICATED") : undefined);
        },
        (message) => received.push(message),
        leave.signal,
        { delay: backoffDelay, sleep: async (ms) => void waits.push(ms), onState: (state) => states.push(state) },
    );
    assert.deepEqual(received, [1, 2, 3]);
    assert.equal(opens, 4);
    // After messages the count starts again: 1 s; then two empty streams in a row: 2 s, 4 s.
    assert.deepEqual(waits, [1_000, 2_000, 4_000]);
    assert.deepEqual(states, ["live", "live", "reconnecting", "reconnecting", "reconnecting", "live"]);
});

test("the wait between attempts grows to at most thirty seconds", () => {
    assert.deepEqual([1, 2, 3, 5, 6, 20].map(backoffDelay), [1_000, 2_000, 4_000, 16_000, 30_000, 30_000]);
});

test("leaving the page stops a stream that never answers without opening it again", async () => {
    const leave = new AbortController();
    let opens = 0;
    const watching = keepWatching(
        (signal) => ({
            async *[Symbol.asyncIterator]() {
                opens += 1;
                await new Promise((_, reject) => signal.addEventListener("abort", () => reject(new Error("aborted"))));
            },
        }),
        () => assert.fail("no message expected"),
        leave.signal,
    );
    leave.abort();
    await watching;
    assert.equal(opens, 1);
});
