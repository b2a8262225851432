import { Code, ConnectError } from "@connectrpc/connect";
import { ClearanceReasonCode } from "@volunteer/api/gen/volunteer/safety/v1/clearance_pb";
import { api } from "../api";
import { h, replaceChildren } from "../dom";
import { errorNotice } from "../error-notice";
import { volunteerName } from "../volunteer-names";
import { blockedReason } from "./clearance-reasons";

/** Safety's current verdict on the activity, each blocking reason with the person and days it concerns. */
export async function clearancePanel(activityId: string, signal: AbortSignal): Promise<HTMLElement> {
    const panel = h("section", { "data-testid": "clearance" }, h("h3", {}, "安全审查"));
    try {
        const { clearance } = await api.safety.getActivityClearance({ activityId }, { signal });
        if (!clearance) return panel;
        if (clearance.cleared) panel.append(h("p", {}, "已通过安全审查。"));
        const reasons = await Promise.all(
            clearance.reasons.map(async (reason) => {
                const who = await volunteerName(reason.volunteerId);
                const detail = [who, reason.days.join("、")].filter(Boolean).join("：");
                return blockedReason(ClearanceReasonCode[reason.code] ?? "UNSPECIFIED", detail);
            }),
        );
        if (reasons.length) panel.append(h("p", {}, "未通过，原因："), h("ul", {}, reasons));
    } catch (error) {
        // Safety knows an activity only once it has been submitted.
        const notYet = ConnectError.from(error).code === Code.NotFound;
        replaceChildren(
            panel,
            h("h3", {}, "安全审查"),
            notYet ? h("p", {}, "活动尚未提交安全审查。") : errorNotice(error),
        );
    }
    return panel;
}
