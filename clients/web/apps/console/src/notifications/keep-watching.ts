/** What the watcher tells the page about the connection, for a hint next to the badge. */
export type StreamState = "live" | "reconnecting";

export interface WatchOptions {
    onState?: (state: StreamState) => void;
    /** Milliseconds to wait before the n-th reconnection in a row (n from 1). */
    delay?: (failuresInARow: number) => number;
    sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** 1 s, 2 s, 4 s … at most 30 s: a service that is down is not hammered, one that is back is found soon. */
export const backoffDelay = (failuresInARow: number) => Math.min(30_000, 1_000 * 2 ** (failuresInARow - 1));

export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        signal.addEventListener("abort", done, { once: true });
        function done() {
            clearTimeout(timer);
            signal.removeEventListener("abort", done);
            resolve();
        }
    });
}

/**
 * Keeps a server stream open until `signal` aborts: a stream that ends or fails (the service restarted,
 * the token expired and the stream ended UNAUTHENTICATED) is opened again, since `open` asks for the
 * current token each time. Waits grow with failures in a row; a message received resets them.
 */
export async function keepWatching<T>(
    open: (signal: AbortSignal) => AsyncIterable<T>,
    onMessage: (message: T) => void,
    signal: AbortSignal,
    { onState, delay = backoffDelay, sleep = abortableSleep }: WatchOptions = {},
): Promise<void> {
    let failuresInARow = 0;
    while (!signal.aborted) {
        try {
            for await (const message of open(signal)) {
                failuresInARow = 0;
                onState?.("live");
                onMessage(message);
            }
        } catch {
            // Whatever ended the stream, the answer is the same: open it again after a while.
        }
        if (signal.aborted) return;
        failuresInARow += 1;
        onState?.("reconnecting");
        await sleep(delay(failuresInARow), signal);
    }
}
