import { fieldErrors } from "@volunteer/api";
import { h, replaceChildren } from "../dom";
import { errorNotice } from "../error-notice";
import { errorsBySlot } from "../volunteers/field-slots";

/**
 * The places next to a form's inputs where the server's field errors go, keyed by the proto path they come
 * back under ("phone", "activity.place"); each is a `data-testid="error-<path>"` for browser tests.
 */
export class FieldErrorSlots {
    readonly #slots = new Map<string, { slot: HTMLElement; input?: Element }>();

    /** The slot to put after `input`, which is marked invalid while its field has an error. */
    slot(field: string, input?: Element): HTMLElement {
        const slot = h("small", { class: "field-error", "data-testid": `error-${field}` });
        this.#slots.set(field, { slot, input });
        return slot;
    }

    clear(): void {
        for (const { slot, input } of this.#slots.values()) {
            slot.textContent = "";
            input?.removeAttribute("aria-invalid");
        }
    }

    /** Shows each field error by its input; returns the messages no input takes, for the top of the form. */
    show(error: unknown): string[] {
        this.clear();
        const grouped = errorsBySlot(fieldErrors(error), new Set(this.#slots.keys()));
        for (const [field, messages] of grouped) {
            const target = this.#slots.get(field);
            if (!target) continue;
            target.slot.textContent = messages.join("；");
            target.input?.setAttribute("aria-invalid", "true");
        }
        return grouped.get("") ?? [];
    }

    /** Shows a failed call on the form: field errors by their inputs, the rest and a general message in `summary`. */
    report(error: unknown, summary: HTMLElement): void {
        const unplaced = this.show(error);
        replaceChildren(
            summary,
            errorNotice(error),
            unplaced.map((message) => h("p", { class: "error" }, message)),
        );
    }
}
