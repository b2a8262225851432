import { api } from "../api";
import { h, replaceChildren } from "../dom";
import { errorNotice } from "../error-notice";

/** The province publishes the approved nominations as the next version of the year's list (final). */
export function publishPanel(campaignYear: number, onPublished: () => void): HTMLElement {
    // One id until a publication succeeds: pressing again after a lost answer does not publish twice.
    let requestId = crypto.randomUUID();
    const outcome = h("div", { "data-testid": "publish-result" });
    const publish = async () => {
        replaceChildren(outcome, h("p", { "aria-busy": "true" }, "正在发布…"));
        try {
            const { publication } = await api.reporting.publishCommendations({ requestId, campaignYear });
            requestId = crypto.randomUUID();
            const count = publication?.nominations.length ?? 0;
            replaceChildren(
                outcome,
                h(
                    "p",
                    { role: "status" },
                    `已发布 ${campaignYear} 年度表彰名单第 ${publication?.version} 版，共 ${count} 项。`,
                ),
            );
            onPublished();
        } catch (error) {
            replaceChildren(outcome, errorNotice(error));
        }
    };
    return h(
        "section",
        {},
        h("h3", {}, "发布表彰"),
        h("p", {}, "发布后不可撤销：获表彰的集体和个人记入其服务记录。"),
        h("button", { onclick: () => void publish() }, "发布已批准的表彰"),
        outcome,
    );
}
