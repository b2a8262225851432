import type { Activity } from "@volunteer/api/gen/volunteer/activity/v1/activity_pb";
import { h } from "../dom";
import { activityStatusLabel } from "../labels";
import { blockedReason } from "./clearance-reasons";

export function activityCard(activity: Activity): HTMLElement {
    const reasons = activity.clearance && !activity.clearance.cleared ? activity.clearance.reasons : [];
    return h(
        "li",
        { "data-activity-id": activity.id },
        h("a", { href: `#/activities/${activity.id}` }, activity.name),
        h("br"),
        h(
            "small",
            {},
            `${activity.startsOn} 至 ${activity.endsOn} · ${activity.place} · ${activityStatusLabel[activity.status]}`,
        ),
        activity.recordDueOn ? h("small", {}, ` · 记录截止 ${activity.recordDueOn}`) : null,
        reasons.length
            ? h(
                  "ul",
                  {},
                  [...new Set(reasons.map((r) => r.code))].map((code) => blockedReason(code)),
              )
            : null,
    );
}
