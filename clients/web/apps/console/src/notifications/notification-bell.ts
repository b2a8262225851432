import { api } from "../api";
import { h } from "../dom";
import { keepWatching } from "./keep-watching";
import { unreadNotifications } from "./unread-notifications";

/**
 * The bell in the header: the unread count, kept live by WatchNotifications for as long as the console is
 * open. Each reopened stream starts with the count as it is then, so nothing missed while away is lost.
 */
// The header, and so the bell, lives as long as the page.
const pageLifetime = new AbortController().signal;

export function notificationBell(): HTMLElement {
    const count = h("span", { "data-testid": "unread-count" }, "0");
    const bell = h(
        "a",
        { href: "#/notifications", "data-testid": "notification-bell", title: "通知", "data-state": "connecting" },
        "🔔 通知 ",
        count,
    );
    unreadNotifications.subscribe((change) => {
        count.textContent = String(change.count);
        count.className = change.count ? "badge" : "";
    }, pageLifetime);
    void keepWatching(
        (signal) => api.notifications.watchNotifications({}, { signal }),
        (message) => unreadNotifications.set(message.unreadCount, message.notification),
        pageLifetime,
        { onState: (state) => bell.setAttribute("data-state", state) },
    );
    return bell;
}
