import { ActivityStatus } from "@volunteer/api/gen/volunteer/activity/v1/activity_pb";

/** A column of the board: the statuses it lists, or the overdue list, which is a query of its own. */
export interface BoardColumn {
    key: string;
    title: string;
    statuses: ActivityStatus[];
}

export const boardColumns: BoardColumn[] = [
    { key: "planned", title: "计划中", statuses: [ActivityStatus.DRAFT, ActivityStatus.SUBMITTED] },
    { key: "blocked", title: "安全审查未通过", statuses: [ActivityStatus.BLOCKED] },
    { key: "cleared", title: "已通过安全审查", statuses: [ActivityStatus.CLEARED] },
    { key: "in_progress", title: "进行中", statuses: [ActivityStatus.IN_PROGRESS] },
    { key: "completed", title: "已完成", statuses: [ActivityStatus.COMPLETED] },
    { key: "overdue", title: "逾期未记录", statuses: [] },
];
