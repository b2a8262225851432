/** Field values of an edit form, by their names in ActivityChanges (snake_case, as update_mask names them). */
export type FormValues = Record<string, string>;

/**
 * The update_mask paths of what the person changed: only those fields are sent, so a field someone else
 * changed meanwhile is not overwritten with the value this form happened to show. Whitespace around a
 * value is not a change.
 */
export function changedPaths(before: FormValues, after: FormValues): string[] {
    return Object.keys(after).filter((path) => (after[path] ?? "").trim() !== (before[path] ?? "").trim());
}

/** snake_case path → the camelCase property protobuf-es gives the field ("starts_on" → "startsOn"). */
export const propertyOf = (path: string) => path.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** The changes message's values for `paths`, trimmed, keyed by property name. */
export function changesOf(values: FormValues, paths: string[]): Record<string, string> {
    return Object.fromEntries(paths.map((path) => [propertyOf(path), (values[path] ?? "").trim()]));
}
