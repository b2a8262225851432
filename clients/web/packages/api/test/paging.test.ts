import { test } from "node:test";
import assert from "node:assert/strict";
import { allPages, collect } from "../src/index";

const pages: Record<string, { items: number[]; nextPageToken: string }> = {
    "": { items: [1, 2], nextPageToken: "b" },
    b: { items: [3], nextPageToken: "c" },
    c: { items: [4], nextPageToken: "" },
};

test("allPages follows next_page_token from the first page to the last", async () => {
    const asked: string[] = [];
    const items = await collect(
        allPages(async (token) => {
            asked.push(token);
            return pages[token]!;
        }),
        (page) => page.items,
    );
    assert.deepEqual(asked, ["", "b", "c"]);
    assert.deepEqual(items, [1, 2, 3, 4]);
});

test("allPages stops when a token comes back a second time", async () => {
    let calls = 0;
    for await (const page of allPages(async () => ({ nextPageToken: "same", n: ++calls }))) {
        assert.ok(page.n <= 2);
    }
    assert.equal(calls, 2);
});

test("allPages fetches lazily, so breaking early asks for no more pages", async () => {
    let calls = 0;
    for await (const _ of allPages(async () => ({ nextPageToken: String(++calls) }))) break;
    assert.equal(calls, 1);
});
