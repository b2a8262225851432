/**
 * Field values of an edit form by input name: a path of ActivityChanges (snake_case, as update_mask names it)
 * or, for a field made of several inputs, the path and the part ("budget.amount"). Lists are held as one
 * canonical string (see listValue) so that comparing two values compares the lists.
 */
export type FormValues = Record<string, string>;

/** How one changed path becomes the value the changes message carries. */
export type Convert = (values: FormValues, path: string) => unknown;

/** The update_mask path an input belongs to: "budget.amount" → "budget". */
export const maskPathOf = (name: string) => name.split(".")[0] ?? name;

/**
 * The update_mask paths of what the person changed: only those fields are sent, so a field someone else
 * changed meanwhile is not overwritten with the value this form happened to show. Whitespace around a
 * value is not a change; a change to one part of a field sends the whole field.
 */
export function changedPaths(before: FormValues, after: FormValues): string[] {
    const changed = Object.keys(after).filter((name) => (after[name] ?? "").trim() !== (before[name] ?? "").trim());
    return [...new Set(changed.map(maskPathOf))];
}

/** snake_case path → the camelCase property protobuf-es gives the field ("starts_on" → "startsOn"). */
export const propertyOf = (path: string) => path.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** A list as one value: its items in order, without blanks or repeats, however they were typed or ticked. */
export function listValue(items: Iterable<string>): string {
    const kept = [...items].map((item) => item.trim()).filter(Boolean);
    return [...new Set(kept)].sort().join(",");
}

/** The items of a list value, or of a list typed with commas, 、 or spaces between the items. */
export const listItems = (value: string) =>
    listValue(value.split(/[\s,，、]+/))
        .split(",")
        .filter(Boolean);

const trimmed: Convert = (values, path) => (values[path] ?? "").trim();

/** The changes message's values for `paths`, keyed by property name; a path without a converter is text. */
export function changesOf(values: FormValues, paths: string[], convert: Record<string, Convert> = {}) {
    return Object.fromEntries(paths.map((path) => [propertyOf(path), (convert[path] ?? trimmed)(values, path)]));
}
