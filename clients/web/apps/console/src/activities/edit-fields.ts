import type { Activity } from "@volunteer/api/gen/volunteer/activity/v1/activity_pb";
import { listItems, listValue, type Convert, type FormValues } from "./update-mask";

export interface EditField {
    /** The path in ActivityChanges and update_mask. */
    path: string;
    label: string;
    kind: "text" | "date" | "long" | "days" | "teams" | "participants" | "budget";
    maxLength?: number;
}

/** What the console lets a union office change on a draft or blocked activity: every path UpdateActivity takes. */
export const editFields: EditField[] = [
    { path: "name", label: "活动名称", kind: "text", maxLength: 100 },
    { path: "team_ids", label: "参加的服务分队", kind: "teams" },
    { path: "participant_ids", label: "保留的参与人（取消勾选即移出活动）", kind: "participants" },
    { path: "starts_on", label: "开始日期", kind: "date" },
    { path: "ends_on", label: "结束日期", kind: "date" },
    { path: "departs_on", label: "出发日期（无路程时同开始日期）", kind: "date" },
    { path: "returns_on", label: "返回日期（无路程时同结束日期）", kind: "date" },
    { path: "meeting_days", label: "集中服务日（多个日期以逗号或顿号分隔）", kind: "days" },
    { path: "place", label: "地点", kind: "text", maxLength: 200 },
    { path: "region_code", label: "行政区划代码（6位）", kind: "text", maxLength: 6 },
    { path: "leader_name", label: "负责人", kind: "text", maxLength: 50 },
    { path: "content", label: "服务内容", kind: "long", maxLength: 2000 },
    { path: "risk_statement", label: "风险告知", kind: "long", maxLength: 1000 },
    { path: "budget", label: "经费预算", kind: "budget" },
    { path: "outside_window_reason", label: "活动期外开展的理由", kind: "long", maxLength: 500 },
];

/** One field's inputs, and the form values they hold now. */
export interface EditControl {
    element: HTMLElement;
    read: () => FormValues;
}

/** The error slot of an input: the server names fields inside the changes message ("activity.place"). */
export const slotName = (name: string) => `activity.${name}`;

export const editFieldLabel = (path: string) => editFields.find((field) => field.path === path)?.label ?? path;

const list: Convert = (values, path) => listItems(values[path] ?? "");

/** How the fields that are not plain text go into ActivityChanges. */
export const editConverters: Record<string, Convert> = {
    team_ids: list,
    participant_ids: list,
    meeting_days: list,
    // The budget is replaced whole, so a change to one part sends the other parts as shown.
    budget: (values) => ({
        amount: (values["budget.amount"] ?? "").trim(),
        source: Number(values["budget.source"] ?? 0),
        recipientCost: (values["budget.recipient_cost"] ?? "").trim(),
    }),
};

export function valuesOf(activity: Activity): FormValues {
    return {
        name: activity.name,
        team_ids: listValue(activity.teamIds),
        participant_ids: listValue(activity.participants.map((participant) => participant.volunteerId)),
        starts_on: activity.startsOn,
        ends_on: activity.endsOn,
        departs_on: activity.departsOn,
        returns_on: activity.returnsOn,
        meeting_days: listValue(activity.meetingDays),
        place: activity.place,
        region_code: activity.regionCode,
        leader_name: activity.leaderName,
        content: activity.content,
        risk_statement: activity.riskStatement,
        "budget.amount": activity.budget?.amount ?? "",
        "budget.source": String(activity.budget?.source ?? 0),
        "budget.recipient_cost": activity.budget?.recipientCost ?? "",
        outside_window_reason: activity.outsideWindowReason,
    };
}
