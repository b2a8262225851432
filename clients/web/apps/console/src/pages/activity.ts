import { api } from "../api";
import { attendanceSection } from "../activities/attendance-table";
import { clearancePanel } from "../activities/clearance-panel";
import { ownParticipation, participantsTable } from "../activities/participants";
import { workflowSections } from "../activities/workflow-sections";
import { h, replaceChildren } from "../dom";
import { holdsAny } from "../grants";
import { activityStatusLabel } from "../labels";
import type { Page } from "../shell/router";

export const activityPage: Page = async (view, session, signal, activityId = "") => {
    const { activity } = await api.activity.getActivity({ id: activityId }, { signal });
    if (!activity) return;
    const grants = session.grants;
    // Union staff see the activity's people; a volunteer sees their own part. Safety's verdict is for admins.
    const staff = holdsAny(
        grants,
        "provincial-admin",
        "union-admin",
        "team-captain",
        "safety-officer",
        "report-viewer",
    );
    const judges = holdsAny(grants, "provincial-admin", "union-admin", "safety-officer");
    const [clearance, attendance, workflow] = await Promise.all([
        judges ? clearancePanel(activity.id, signal) : undefined,
        staff ? attendanceSection(activity.id, holdsAny(grants, "provincial-admin", "union-admin"), signal) : undefined,
        workflowSections(activity, session, signal),
    ]);
    const participants = staff
        ? participantsTable(activity.participants)
        : ownParticipation(activity.participants, session.user.profile.sub);
    replaceChildren(
        view,
        h("p", {}, h("a", { href: "#/activities" }, "← 返回活动看板")),
        h("h2", {}, activity.name),
        h("p", { "data-testid": "activity-status" }, `状态：${activityStatusLabel[activity.status]}`),
        workflow.sections,
        h(
            "dl",
            {},
            h("dt", {}, "日期"),
            h("dd", {}, `${activity.startsOn} 至 ${activity.endsOn}`),
            h("dt", {}, "地点"),
            h("dd", {}, activity.place || "—"),
            h("dt", {}, "负责人"),
            h("dd", {}, activity.leaderName || "—"),
            h("dt", {}, "内容"),
            h("dd", {}, activity.content || "—"),
            activity.recordDueOn ? [h("dt", {}, "记录截止"), h("dd", {}, activity.recordDueOn)] : null,
        ),
        h("section", {}, h("h3", {}, "参与人"), participants),
        clearance,
        attendance,
        workflow.history,
    );
};
