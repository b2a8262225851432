import { DigestFormat, type Digest } from "@volunteer/api/gen/volunteer/reporting/v1/digests_pb";
import { api } from "../api";
import { h, replaceChildren } from "../dom";
import { errorNotice } from "../error-notice";
import { digestKindLabel } from "../labels";
import type { Page } from "../shell/router";
import { exportForm } from "./export-records";

async function openDigest(id: string, viewer: HTMLElement): Promise<void> {
    replaceChildren(viewer, h("p", { "aria-busy": "true" }, "正在打开简报…"));
    try {
        const { content } = await api.reporting.getDigest({ id, format: DigestFormat.HTML });
        // A sandboxed frame with no script permission: the digest is a whole page of its own.
        const frame = h("iframe", { class: "digest", "data-testid": "digest-frame", sandbox: "", title: "简报" });
        frame.srcdoc = content;
        replaceChildren(viewer, frame);
    } catch (error) {
        replaceChildren(viewer, errorNotice(error));
    }
}

function digestItem(digest: Digest, viewer: HTMLElement): HTMLElement {
    return h(
        "li",
        { "data-digest-id": digest.id },
        h(
            "a",
            {
                href: "#/digests",
                onclick: (event: Event) => {
                    event.preventDefault();
                    void openDigest(digest.id, viewer);
                },
            },
            `${digest.scopeName} ${digestKindLabel[digest.kind]}（${digest.periodStart} 至 ${digest.periodEnd}）`,
        ),
    );
}

/** The list of digests, and the one a notification leads to (#/digests/<id>) opened below it. */
export const digestsPage: Page = async (view, session, signal, digestId) => {
    const { digests, nextPageToken } = await api.reporting.listDigests(
        { unionId: session.unionId, pageSize: 100 },
        { signal },
    );
    const viewer = h("div", {});
    replaceChildren(
        view,
        h("h2", {}, "简报与导出"),
        h(
            "div",
            { class: "grid" },
            h(
                "section",
                {},
                h("h3", {}, "简报"),
                digests.length
                    ? h(
                          "ul",
                          { "data-testid": "digest-list" },
                          digests.map((digest) => digestItem(digest, viewer)),
                      )
                    : h("p", { "data-testid": "digest-list" }, "尚无简报。"),
                nextPageToken ? h("p", {}, h("small", {}, "仅显示最近 100 份。")) : null,
            ),
            exportForm(session),
        ),
        viewer,
    );
    if (digestId) await openDigest(digestId, viewer);
};
