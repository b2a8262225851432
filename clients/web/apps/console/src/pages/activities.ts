import type { Activity } from "@volunteer/api/gen/volunteer/activity/v1/activity_pb";
import { api } from "../api";
import { boardColumns, type BoardColumn } from "../activities/board-columns";
import { activityCard } from "../activities/activity-card";
import { h, replaceChildren } from "../dom";
import { errorNotice } from "../error-notice";
import type { Session } from "../session";
import type { Page } from "../shell/router";

// A board shows the first page of each column; a union office narrows down with the filters of
// ListActivities rather than scrolling through hundreds of cards.
const pageSize = 50;

async function activitiesOf(column: BoardColumn, session: Session, signal: AbortSignal): Promise<Activity[]> {
    const unionSubtreeOf = session.unionId;
    if (!column.statuses.length) {
        return (await api.activity.listOverdueActivities({ unionSubtreeOf, pageSize }, { signal })).activities;
    }
    const pages = await Promise.all(
        column.statuses.map((status) => api.activity.listActivities({ unionSubtreeOf, status, pageSize }, { signal })),
    );
    return pages.flatMap((page) => page.activities);
}

function columnView(column: BoardColumn, session: Session, signal: AbortSignal): HTMLElement {
    const list = h("ul", { "aria-busy": "true" });
    activitiesOf(column, session, signal).then(
        (activities) => {
            list.removeAttribute("aria-busy");
            replaceChildren(
                list,
                activities.length ? activities.map(activityCard) : h("li", {}, h("small", {}, "暂无")),
            );
        },
        (error: unknown) => replaceChildren(list, errorNotice(error)),
    );
    return h("article", { "data-testid": `activity-status-${column.key}` }, h("header", {}, column.title), list);
}

export const activitiesPage: Page = async (view, session, signal) => {
    replaceChildren(
        view,
        h("h2", {}, "活动"),
        h(
            "div",
            { class: "board", "data-testid": "activity-board" },
            boardColumns.map((column) => columnView(column, session, signal)),
        ),
    );
};
