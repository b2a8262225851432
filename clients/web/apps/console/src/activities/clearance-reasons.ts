import { h } from "../dom";
import { clearanceReasonLabel } from "../labels";

/** One reason an activity is blocked, in Chinese; the code stays in small print for developers. */
export function blockedReason(code: string, detail?: string): HTMLElement {
    return h(
        "li",
        { class: "blocked-reason", "data-testid": "blocked-reason", "data-code": code, title: code },
        clearanceReasonLabel[code] ?? "其他原因",
        detail ? `（${detail}）` : null,
        " ",
        h("small", { class: "code" }, code),
    );
}
