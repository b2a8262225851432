import { describeError } from "@volunteer/api";
import { h } from "./dom";

/** A Chinese message for the user; the gRPC code and reasons stay in the title for developers. */
export function errorNotice(error: unknown): HTMLElement {
    const described = describeError(error);
    const codes = [described.code, ...described.reasons].join(" ");
    return h("p", { role: "alert", class: "error", title: codes, "data-code": described.code }, described.message);
}
