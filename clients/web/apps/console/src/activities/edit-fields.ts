import type { Activity } from "@volunteer/api/gen/volunteer/activity/v1/activity_pb";
import type { FormValues } from "./update-mask";

export interface EditField {
    /** The path in ActivityChanges and update_mask. */
    path: string;
    label: string;
    kind: "text" | "date" | "long";
    maxLength?: number;
}

/** What the console lets a union office change on a draft or blocked activity. */
export const editFields: EditField[] = [
    { path: "name", label: "活动名称", kind: "text", maxLength: 100 },
    { path: "starts_on", label: "开始日期", kind: "date" },
    { path: "ends_on", label: "结束日期", kind: "date" },
    { path: "place", label: "地点", kind: "text", maxLength: 200 },
    { path: "region_code", label: "行政区划代码（6位）", kind: "text", maxLength: 6 },
    { path: "leader_name", label: "负责人", kind: "text", maxLength: 50 },
    { path: "content", label: "服务内容", kind: "long", maxLength: 2000 },
    { path: "risk_statement", label: "风险告知", kind: "long", maxLength: 1000 },
    { path: "outside_window_reason", label: "活动期外开展的理由", kind: "long", maxLength: 500 },
];

export const editFieldLabel = (path: string) => editFields.find((field) => field.path === path)?.label ?? path;

export function valuesOf(activity: Activity): FormValues {
    return {
        name: activity.name,
        starts_on: activity.startsOn,
        ends_on: activity.endsOn,
        place: activity.place,
        region_code: activity.regionCode,
        leader_name: activity.leaderName,
        content: activity.content,
        risk_statement: activity.riskStatement,
        outside_window_reason: activity.outsideWindowReason,
    };
}
