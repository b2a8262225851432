import { api } from "../api";
import { attendanceSection } from "../activities/attendance-table";
import { clearancePanel } from "../activities/clearance-panel";
import { participantsTable } from "../activities/participants";
import { workflowSections } from "../activities/workflow-sections";
import { h, replaceChildren } from "../dom";
import { activityStatusLabel } from "../labels";
import type { Page } from "../shell/router";

export const activityPage: Page = async (main, session, signal, activityId = "") => {
    const { activity } = await api.activity.getActivity({ id: activityId }, { signal });
    if (!activity) return;
    const [clearance, attendance, workflow] = await Promise.all([
        clearancePanel(activity.id, signal),
        attendanceSection(activity.id, signal),
        workflowSections(activity, session, signal),
    ]);
    replaceChildren(
        main,
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
        h("section", {}, h("h3", {}, "参与人"), participantsTable(activity.participants)),
        clearance,
        attendance,
        workflow.history,
    );
};
