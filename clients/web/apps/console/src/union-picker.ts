import { allPages, collect } from "@volunteer/api";
import type { Union } from "@volunteer/api/gen/volunteer/roster/v1/union_pb";
import { api } from "./api";
import { h } from "./dom";
import type { Session } from "./session";

/** The unions the caller acts for: their union's subtree (the whole tree for the province). */
export function subtreeUnions(session: Session, signal: AbortSignal): Promise<Union[]> {
    return collect(
        allPages((pageToken) =>
            api.roster.listUnions({ subtreeOf: session.unionId, pageSize: 500, pageToken }, { signal }),
        ),
        (page) => page.unions,
    );
}

export function unionSelect(unions: Union[], name: string): HTMLSelectElement {
    return h(
        "select",
        { name, required: true, "aria-label": "工会" },
        unions.map((union) => h("option", { value: union.id }, union.name)),
    );
}
