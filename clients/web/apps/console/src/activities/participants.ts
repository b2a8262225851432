import { ParticipantStatus, type Participant } from "@volunteer/api/gen/volunteer/activity/v1/activity_pb";
import { h } from "../dom";
import { volunteerNameElement } from "../volunteer-names";

export const participantStatusLabel: Record<ParticipantStatus, string> = {
    [ParticipantStatus.UNSPECIFIED]: "未知",
    [ParticipantStatus.PROPOSED]: "已邀请",
    [ParticipantStatus.CONFIRMED]: "已确认参加",
    [ParticipantStatus.DECLINED]: "已婉拒",
    [ParticipantStatus.WITHDRAWN]: "已退出",
};

export function participantsTable(participants: Participant[]): HTMLElement {
    if (!participants.length) return h("p", {}, "尚无参与人。");
    return h(
        "table",
        { class: "striped", "data-testid": "participants" },
        h("thead", {}, h("tr", {}, h("th", {}, "志愿者"), h("th", {}, "状态"), h("th", {}, "说明"))),
        h(
            "tbody",
            {},
            participants.map((p) =>
                h(
                    "tr",
                    {},
                    h("td", {}, volunteerNameElement(p.volunteerId, h("span", {}))),
                    h("td", {}, participantStatusLabel[p.status]),
                    h("td", {}, p.notice),
                ),
            ),
        ),
    );
}
