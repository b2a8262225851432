import { timestampDate } from "@bufbuild/protobuf/wkt";
import type { Notification } from "@volunteer/api/gen/volunteer/notifications/v1/notification_pb";
import { h } from "../dom";
import { routeOf } from "./notification-links";

/** One notification in the inbox; `markRead` is called by its button and when its link is followed. */
export function notificationItem(notification: Notification, markRead: (item: HTMLElement) => void): HTMLElement {
    const unread = !notification.readAt;
    const when = notification.createdAt ? timestampDate(notification.createdAt).toLocaleString("zh-CN") : "";
    const route = routeOf(notification.link);
    const item: HTMLElement = h(
        "li",
        {
            class: unread ? "unread" : undefined,
            "data-notification-id": notification.id,
            "data-kind": notification.kind,
        },
        h("span", { "data-testid": "notification-text" }, notification.text),
        h("br"),
        h("small", {}, when, unread ? " · 未读" : " · 已读"),
        route ? [" ", h("a", { href: route, onclick: () => unread && markRead(item) }, "查看")] : null,
        unread ? [" ", h("button", { class: "outline secondary", onclick: () => markRead(item) }, "标为已读")] : null,
    );
    return item;
}
