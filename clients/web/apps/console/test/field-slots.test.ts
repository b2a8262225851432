import { test } from "node:test";
import assert from "node:assert/strict";
import { errorsBySlot, slotFor } from "../src/volunteers/field-slots";

const slots = new Set(["phone", "honours", "emergency_contact.phone"]);

test("a field error goes to its own input, else to the nearest enclosing one", () => {
    assert.equal(slotFor("phone", slots), "phone");
    assert.equal(slotFor("honours[0].year", slots), "honours");
    assert.equal(slotFor("emergency_contact.phone", slots), "emergency_contact.phone");
    assert.equal(slotFor("licence.valid_until", slots), undefined);
});

test("errors without an input are gathered for the top of the form", () => {
    const grouped = errorsBySlot(
        [
            { field: "phone", message: "必填" },
            { field: "phone", message: "手机号码须以13至19开头" },
            { field: "request_id", message: "最多100个字符" },
        ],
        slots,
    );
    assert.deepEqual(grouped.get("phone"), ["必填", "手机号码须以13至19开头"]);
    assert.deepEqual(grouped.get(""), ["最多100个字符"]);
});
