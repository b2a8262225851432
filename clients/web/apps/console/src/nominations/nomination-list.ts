import { allPages, collect } from "@volunteer/api";
import { timestampDate } from "@bufbuild/protobuf/wkt";
import { NominationStatus, type Nomination } from "@volunteer/api/gen/volunteer/reporting/v1/nominations_pb";
import { api } from "../api";
import { h, replaceChildren } from "../dom";
import { errorNotice } from "../error-notice";
import { candidateKindLabel, nominationStatusLabel } from "../labels";
import type { Session } from "../session";
import { nominationActions } from "./nomination-actions";

const columns = ["类别", "名称", "服务时长", "提名理由", "状态", "审定意见", "提名时间", "操作"];

function row(nomination: Nomination, session: Session, refresh: () => void): HTMLElement {
    const when = nomination.nominatedAt ? timestampDate(nomination.nominatedAt).toLocaleDateString("zh-CN") : "";
    const status = NominationStatus[nomination.status];
    return h(
        "tr",
        { "data-nomination-id": nomination.id, "data-status": status, "data-subject-id": nomination.subjectId },
        h("td", {}, candidateKindLabel[nomination.kind]),
        h("td", {}, nomination.subjectName),
        h("td", {}, nomination.figures ? nomination.figures.hours.toFixed(1) : "—"),
        h("td", {}, nomination.reason || (nomination.fromCandidates ? "候选名单" : "—")),
        h("td", {}, nominationStatusLabel[nomination.status]),
        h("td", {}, nomination.decisionReason || "—"),
        h("td", {}, when),
        h("td", {}, nominationActions(nomination, session, refresh)),
    );
}

/** The year's nominations in the caller's scope with their states; filtered by state. */
export function nominationList(campaignYear: number, session: Session, signal: AbortSignal) {
    const states = Object.values(NominationStatus).filter((value) => typeof value === "number") as NominationStatus[];
    const filter = h(
        "select",
        { name: "status", "aria-label": "状态" },
        states.map((value) => h("option", { value }, nominationStatusLabel[value])),
    );
    const body = h("div", { "data-testid": "nomination-list" });
    const refresh = async () => {
        try {
            const status = Number(filter.value) as NominationStatus;
            const request = { unionId: session.unionId, campaignYear, status, pageSize: 500 };
            const nominations = await collect(
                allPages((pageToken) => api.reporting.listNominations({ ...request, pageToken }, { signal })),
                (page) => page.nominations,
            );
            const head = h(
                "tr",
                {},
                columns.map((title) => h("th", {}, title)),
            );
            const rows = nominations.map((n) => row(n, session, () => void refresh()));
            replaceChildren(
                body,
                rows.length
                    ? h("table", { class: "striped" }, h("thead", {}, head), h("tbody", {}, rows))
                    : h("p", {}, "暂无提名。"),
            );
        } catch (error) {
            replaceChildren(body, errorNotice(error));
        }
    };
    filter.addEventListener("change", () => void refresh());
    const element = h("section", {}, h("h3", {}, "提名与审定"), h("label", {}, "状态", filter), body);
    return { element, refresh };
}
