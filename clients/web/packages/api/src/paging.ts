/** What every list response of the platform has: the token of the next page, empty on the last. */
export interface Page {
    nextPageToken: string;
}

/**
 * Walks a list RPC page by page: `fetchPage` gets the page token to send ("" for the first page).
 * Stops at the last page, and also when the server hands back a token it already gave, so a
 * misbehaving server cannot make a client loop for ever.
 */
export async function* allPages<P extends Page>(fetchPage: (pageToken: string) => Promise<P>): AsyncGenerator<P> {
    const seen = new Set<string>();
    let token = "";
    for (;;) {
        const page = await fetchPage(token);
        yield page;
        token = page.nextPageToken;
        if (!token || seen.has(token)) return;
        seen.add(token);
    }
}

/** Collects the items of every page, e.g. `collect(allPages(fetch), (p) => p.unions)`. */
export async function collect<P extends Page, T>(pages: AsyncIterable<P>, itemsOf: (page: P) => T[]): Promise<T[]> {
    const items: T[] = [];
    for await (const page of pages) items.push(...itemsOf(page));
    return items;
}
