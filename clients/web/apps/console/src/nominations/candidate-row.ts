import { CandidateKind, type CommendationCandidate } from "@volunteer/api/gen/volunteer/reporting/v1/commendation_pb";
import { api } from "../api";
import { h, replaceChildren } from "../dom";
import { FieldErrorSlots } from "../forms/field-error-slots";

export const candidateColumns = [
    "名次",
    "名称",
    "服务时长",
    "活动",
    "受益人数",
    "按时记录",
    "未结严重事件",
    "提名理由",
    "",
];

/** One ranked candidate with its figures and a button to nominate it, with an optional reason. */
export function candidateRow(
    candidate: CommendationCandidate,
    kind: CandidateKind,
    campaignYear: number,
    onNominated: () => void,
): HTMLElement {
    // One id per row shown: pressing again after a lost answer returns the same nomination.
    const requestId = crypto.randomUUID();
    const reason = h("input", { name: "reason", maxlength: 500, placeholder: "选填" });
    const slots = new FieldErrorSlots();
    const outcome = h("div", {});
    const nominate = async () => {
        slots.clear();
        try {
            const subject = kind === CandidateKind.TEAM ? { teamId: candidate.id } : { volunteerId: candidate.id };
            await api.reporting.nominateForCommendation({
                requestId,
                campaignYear,
                kind,
                reason: reason.value.trim(),
                ...subject,
            });
            replaceChildren(outcome, h("small", { role: "status" }, "已提名"));
            onNominated();
        } catch (error) {
            slots.report(error, outcome);
        }
    };
    return h(
        "tr",
        { "data-candidate-id": candidate.id },
        [candidate.rank, candidate.name, candidate.hours.toFixed(1), candidate.activities, candidate.beneficiaries].map(
            (value) => h("td", {}, value),
        ),
        h("td", {}, `${Math.round(candidate.onTimeShare * 100)}%`),
        h("td", {}, candidate.openSeriousIncidents),
        h("td", {}, reason, slots.slot("reason", reason)),
        h("td", {}, h("button", { class: "outline", onclick: () => void nominate() }, "提名"), outcome),
    );
}
