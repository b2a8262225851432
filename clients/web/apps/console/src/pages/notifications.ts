import { timestampNow } from "@bufbuild/protobuf/wkt";
import { api } from "../api";
import { h, replaceChildren } from "../dom";
import { errorNotice } from "../error-notice";
import { notificationItem } from "../notifications/notification-item";
import { unreadNotifications } from "../notifications/unread-notifications";
import type { Page } from "../shell/router";

const pageSize = 20;

/** The caller's inbox, newest first, a page at a time; new notifications appear at the top as they arrive. */
export const notificationsPage: Page = async (view, _session, signal) => {
    const list = h("ul", { "data-testid": "notification-list" });
    const more = h("button", { class: "secondary", hidden: true }, "加载更多");
    const status = h("div", {});
    const unreadOnly = h("input", { type: "checkbox", role: "switch", name: "unreadOnly" });
    let nextPageToken = "";

    const markRead = async (id: string) => {
        const { markedCount } = await api.notifications.markNotificationsRead({ ids: [id] });
        unreadNotifications.markedRead(markedCount);
    };
    const load = async (fresh: boolean) => {
        const request = { unreadOnly: unreadOnly.checked, pageSize, pageToken: fresh ? "" : nextPageToken };
        const answer = await api.notifications.listNotifications(request, { signal });
        nextPageToken = answer.nextPageToken;
        more.hidden = !nextPageToken;
        unreadNotifications.set(answer.unreadCount);
        const items = answer.notifications.map((n) => notificationItem(n, markRead));
        if (fresh) replaceChildren(list, items.length ? items : h("li", {}, "暂无通知。"));
        else list.append(...items);
    };
    const run = (task: Promise<void>) => task.catch((error: unknown) => replaceChildren(status, errorNotice(error)));
    const markAll = async () => {
        const { markedCount } = await api.notifications.markNotificationsRead({ upTo: timestampNow() });
        unreadNotifications.markedRead(markedCount);
        replaceChildren(status, h("p", { role: "status" }, `已将 ${markedCount} 条通知标为已读。`));
        await load(true);
    };

    unreadOnly.addEventListener("change", () => void run(load(true)));
    more.addEventListener("click", () => void run(load(false)));
    await load(true);
    unreadNotifications.subscribe(({ arrived }) => {
        if (arrived) list.prepend(notificationItem(arrived, markRead));
    }, signal);
    replaceChildren(
        view,
        h("h2", {}, "通知"),
        h(
            "p",
            {},
            h("label", {}, unreadOnly, "只看未读"),
            h(
                "button",
                { class: "outline", "data-testid": "mark-all-read", onclick: () => void run(markAll()) },
                "全部标为已读",
            ),
        ),
        status,
        list,
        more,
    );
};
