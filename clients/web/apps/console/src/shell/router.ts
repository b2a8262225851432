import { h, replaceChildren } from "../dom";
import { errorNotice } from "../error-notice";
import type { Session } from "../session";

/**
 * A page draws into `view`, its visit's own container; `signal` aborts its calls and streams when the user
 * leaves it.
 */
export type Page = (view: HTMLElement, session: Session, signal: AbortSignal, param?: string) => Promise<void>;

export interface Route {
    pattern: RegExp;
    page: Page;
}

/** Hash routes (#/progress, #/activities/<id>), so the static build needs no server rewrites. */
export function startRouter(main: HTMLElement, session: Session, routes: Route[], fallback: string): void {
    let current: AbortController | undefined;
    const show = () => {
        current?.abort();
        current = new AbortController();
        const path = window.location.hash.slice(1) || fallback;
        const route = routes.find((candidate) => candidate.pattern.test(path));
        if (!route) {
            window.location.hash = fallback;
            return;
        }
        const param = route.pattern.exec(path)?.[1];
        const signal = current.signal;
        // Each visit draws into a container of its own: a page still finishing after the user moved on draws
        // into a view no longer shown, never over the next page.
        const view = h("div", {}, h("p", { "aria-busy": "true" }, "正在加载…"));
        replaceChildren(main, view);
        route.page(view, session, signal, param).catch((error: unknown) => {
            if (!signal.aborted) replaceChildren(view, errorNotice(error));
        });
    };
    window.addEventListener("hashchange", show);
    show();
}

/** Draws the current page again, with fresh data (e.g. after someone else changed what it shows). */
export const reloadPage = () => window.dispatchEvent(new HashChangeEvent("hashchange"));
