import type { FieldError } from "@volunteer/api";

/**
 * Finds where a field error belongs: the exact path ("emergency_contact.phone") if the form has a
 * slot for it, else the nearest enclosing field ("honours[0].year" → "honours"), else undefined.
 */
export function slotFor(field: string, slots: Set<string>): string | undefined {
    let path = field;
    for (;;) {
        if (slots.has(path)) return path;
        const cut = Math.max(path.lastIndexOf("."), path.lastIndexOf("["));
        if (cut <= 0) return undefined;
        path = path.slice(0, cut);
    }
}

/** Groups errors by slot; those with no slot go under "" to be shown above the form. */
export function errorsBySlot(errors: FieldError[], slots: Set<string>): Map<string, string[]> {
    const grouped = new Map<string, string[]>();
    for (const error of errors) {
        const slot = slotFor(error.field, slots) ?? "";
        grouped.set(slot, [...(grouped.get(slot) ?? []), error.message]);
    }
    return grouped;
}
