import { timestampDate } from "@bufbuild/protobuf/wkt";
import type { Notification } from "@volunteer/api/gen/volunteer/notifications/v1/notification_pb";
import { h } from "../dom";
import { errorNotice } from "../error-notice";
import { routeOf } from "./notification-links";

/** One notification in the inbox; it is marked read by its button and when its link is followed. */
export function notificationItem(notification: Notification, markRead: (id: string) => Promise<void>): HTMLElement {
    const when = notification.createdAt ? timestampDate(notification.createdAt).toLocaleString("zh-CN") : "";
    const route = routeOf(notification.link);
    const state = h("span", {}, notification.readAt ? " · 已读" : " · 未读");
    const button = h("button", { class: "outline secondary" }, "标为已读");
    const item = h(
        "li",
        { "data-notification-id": notification.id, "data-kind": notification.kind },
        h("span", { "data-testid": "notification-text" }, notification.text),
        h("br"),
        h("small", {}, when, state),
        route ? [" ", h("a", { href: route, onclick: () => void read() }, "查看")] : null,
        notification.readAt ? null : [" ", button],
    );
    let unread = !notification.readAt;
    item.classList.toggle("unread", unread);
    async function read() {
        if (!unread) return;
        try {
            await markRead(notification.id);
            unread = false;
            item.classList.remove("unread");
            state.textContent = " · 已读";
            button.remove();
        } catch (error) {
            item.append(errorNotice(error));
        }
    }
    button.addEventListener("click", () => void read());
    return item;
}
