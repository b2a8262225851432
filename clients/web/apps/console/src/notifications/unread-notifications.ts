import type { Notification } from "@volunteer/api/gen/volunteer/notifications/v1/notification_pb";

export interface UnreadChange {
    count: number;
    /** Set when the change is a notification that has just arrived. */
    arrived?: Notification;
}

type Listener = (change: UnreadChange) => void;

/**
 * The caller's unread count, shared by the badge and the inbox: the live stream sets it as notifications
 * arrive, the inbox lowers it when the person marks some read (the stream does not say so).
 */
export class UnreadNotifications {
    #count = 0;
    readonly #listeners = new Set<Listener>();

    get count(): number {
        return this.#count;
    }

    set(count: number, arrived?: Notification): void {
        this.#count = Math.max(0, count);
        for (const listener of this.#listeners) listener({ count: this.#count, arrived });
    }

    markedRead(howMany: number): void {
        this.set(this.#count - howMany);
    }

    /** Listens until `signal` aborts (the page that listens is left). */
    subscribe(listener: Listener, signal: AbortSignal): void {
        this.#listeners.add(listener);
        signal.addEventListener("abort", () => this.#listeners.delete(listener), { once: true });
    }
}

export const unreadNotifications = new UnreadNotifications();
