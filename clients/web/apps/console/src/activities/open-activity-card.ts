import { ParticipantStatus, type OpenActivity } from "@volunteer/api/gen/volunteer/activity/v1/activity_pb";
import { h } from "../dom";
import { activityFormLabel, activityStatusLabel } from "../labels";
import { interestForm } from "./interest-form";
import { participantStatusLabel } from "./participants";

function days(activity: OpenActivity): string {
    const service = `${activity.startsOn} 至 ${activity.endsOn}`;
    const travels = activity.departsOn !== activity.startsOn || activity.returnsOn !== activity.endsOn;
    return travels ? `${service}（${activity.departsOn} 出发，${activity.returnsOn} 返回）` : service;
}

/** Where the volunteer stands: a participant already, a member of one of its teams, or neither. */
function standing(activity: OpenActivity): string {
    if (activity.participation !== ParticipantStatus.UNSPECIFIED) {
        return `你已在参与人名单中：${participantStatusLabel[activity.participation]}。`;
    }
    if (activity.teamMember) return "你所在的服务分队参加此活动，可在活动页确认参加。";
    return "你不在参加此活动的服务分队中；表达意向后，由队长或管理员安排。";
}

/** One activity the volunteer may offer themself for, what they need to decide, and their own answer. */
export function openActivityCard(activity: OpenActivity, volunteerId: string): HTMLElement {
    // The activity's own page is open to its participants and the members of its teams only.
    const reachable = activity.teamMember || activity.participation !== ParticipantStatus.UNSPECIFIED;
    const title = reachable ? h("a", { href: `#/activities/${activity.activityId}` }, activity.name) : activity.name;
    return h(
        "article",
        { "data-testid": "open-activity", "data-activity-id": activity.activityId },
        h(
            "header",
            {},
            h("strong", {}, title),
            h("br"),
            h("small", {}, `${activityFormLabel[activity.form]} · ${activityStatusLabel[activity.status]}`),
        ),
        h(
            "dl",
            {},
            [
                ["日期", days(activity)],
                ["地点", activity.place || "—"],
                ["组织工会", activity.unionName || "—"],
                ["服务内容", activity.content || "—"],
                ["风险告知", activity.riskStatement || "—"],
            ].flatMap(([term, detail]) => [h("dt", {}, term), h("dd", {}, detail)]),
        ),
        h("p", { "data-testid": "participation" }, standing(activity)),
        interestForm(activity.activityId, volunteerId, activity.interest),
    );
}
