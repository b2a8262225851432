/**
 * The console route a notification leads to, from its resource path ("activities/{id}", "digests/{id}");
 * undefined for targets the console has no page for (a policy belongs to safety's own tools).
 */
export function routeOf(link: string): string | undefined {
    const match = /^(activities|digests)\/([\w-]+)$/.exec(link);
    return match ? `#/${match[1]}/${match[2]}` : undefined;
}
