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

/**
 * What a volunteer sees of the participants: their own answer and how many others, as the names of other
 * volunteers are not theirs to read.
 */
export function ownParticipation(participants: Participant[], volunteerId: string): HTMLElement {
    const own = participants.find((p) => p.volunteerId === volunteerId);
    const others = participants.length - (own ? 1 : 0);
    const status = own ? `你的状态：${participantStatusLabel[own.status]}。` : "你尚未被邀请参加本活动。";
    return h("p", { "data-testid": "own-participation" }, status, `另有 ${others} 名参与人。`);
}
