import { CandidateKind } from "@volunteer/api/gen/volunteer/reporting/v1/commendation_pb";
import { api } from "../api";
import { h, replaceChildren } from "../dom";
import { errorNotice } from "../error-notice";
import { candidateKindLabel } from "../labels";
import type { Session } from "../session";
import { candidateColumns, candidateRow } from "./candidate-row";

/** The ranking a union nominates from, with the criteria that made it shown above it. */
export function candidatesPanel(campaignYear: number, session: Session, onNominated: () => void): HTMLElement {
    const kinds = [CandidateKind.INDIVIDUAL, CandidateKind.TEAM];
    const kind = h(
        "select",
        { name: "kind", "aria-label": "表彰类别" },
        kinds.map((value) => h("option", { value }, candidateKindLabel[value])),
    );
    const body = h("div", {});
    const load = async () => {
        const chosen = Number(kind.value) as CandidateKind;
        replaceChildren(body, h("p", { "aria-busy": "true" }, "正在排名…"));
        try {
            const request = { unionId: session.unionId, campaignYear, kind: chosen, limit: 20 };
            const { criteria, candidates } = await api.reporting.listCommendationCandidates(request);
            replaceChildren(
                body,
                h("p", {}, "排名依据（依次比较）："),
                h(
                    "ol",
                    { "data-testid": "criteria" },
                    criteria.map((criterion) => h("li", {}, criterion)),
                ),
                candidates.length
                    ? h(
                          "table",
                          { class: "striped", "data-testid": "candidates" },
                          h(
                              "thead",
                              {},
                              h(
                                  "tr",
                                  {},
                                  candidateColumns.map((title) => h("th", {}, title)),
                              ),
                          ),
                          h(
                              "tbody",
                              {},
                              candidates.map((c) => candidateRow(c, chosen, campaignYear, onNominated)),
                          ),
                      )
                    : h("p", {}, "本年度暂无候选。"),
            );
        } catch (error) {
            replaceChildren(body, errorNotice(error));
        }
    };
    kind.addEventListener("change", () => void load());
    void load();
    return h(
        "section",
        { "data-testid": "candidates-panel" },
        h("h3", {}, "候选名单"),
        h("label", {}, "类别", kind),
        body,
    );
}
