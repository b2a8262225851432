import { allPages, collect } from "@volunteer/api";
import { HoursStatus, type Attendance } from "@volunteer/api/gen/volunteer/activity/v1/attendance_pb";
import { timestampDate } from "@bufbuild/protobuf/wkt";
import { api } from "../api";
import { h, replaceChildren } from "../dom";
import { errorNotice } from "../error-notice";
import { hoursStatusLabel } from "../labels";
import { volunteerNameElement } from "../volunteer-names";

const awaitingApproval = new Set([HoursStatus.AWAITING_ORGANISER, HoursStatus.AWAITING_PROVINCE]);

const time = (attendance: Attendance, which: "checkInTime" | "checkOutTime") => {
    const stamp = attendance[which];
    return stamp ? timestampDate(stamp).toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit" }) : "—";
};

function approveButton(attendance: Attendance, cell: HTMLElement): HTMLElement {
    return h(
        "button",
        {
            class: "outline",
            onclick: async () => {
                try {
                    const answer = await api.activity.approveHours({ attendanceId: attendance.id });
                    replaceChildren(cell, hoursStatusLabel[answer.attendance?.hoursStatus ?? HoursStatus.APPROVED]);
                } catch (error) {
                    cell.append(errorNotice(error));
                }
            },
        },
        "批准",
    );
}

function row(attendance: Attendance, approves: boolean): HTMLElement {
    const status = h("td", {}, hoursStatusLabel[attendance.hoursStatus]);
    if (approves && awaitingApproval.has(attendance.hoursStatus)) status.append(" ", approveButton(attendance, status));
    return h(
        "tr",
        { "data-hours-status": HoursStatus[attendance.hoursStatus] },
        h("td", {}, attendance.day),
        h("td", {}, volunteerNameElement(attendance.volunteerId, h("span", {}))),
        h("td", {}, time(attendance, "checkInTime")),
        h("td", {}, time(attendance, "checkOutTime")),
        h("td", {}, attendance.hours.toFixed(1)),
        status,
    );
}

/** Attendance by day; hours awaiting approval come first, with a button to approve them for those who may. */
export async function attendanceSection(
    activityId: string,
    approves: boolean,
    signal: AbortSignal,
): Promise<HTMLElement> {
    const section = h("section", { "data-testid": "attendance" }, h("h3", {}, "考勤与服务时长"));
    try {
        const days = await collect(
            allPages((pageToken) => api.activity.listAttendance({ activityId, pageSize: 500, pageToken }, { signal })),
            (page) => page.attendances,
        );
        const awaiting = days.filter((a) => awaitingApproval.has(a.hoursStatus));
        const table = (rows: Attendance[]) =>
            h(
                "table",
                { class: "striped" },
                h(
                    "thead",
                    {},
                    h(
                        "tr",
                        {},
                        ["日期", "志愿者", "签到", "签退", "时长（小时）", "状态"].map((t) => h("th", {}, t)),
                    ),
                ),
                h(
                    "tbody",
                    {},
                    rows.map((attendance) => row(attendance, approves)),
                ),
            );
        section.append(
            h("h4", {}, `待审批时长（${awaiting.length}）`),
            awaiting.length
                ? h("div", { "data-testid": "hours-awaiting" }, table(awaiting))
                : h("p", {}, "没有待审批的时长。"),
            h("h4", {}, "全部考勤"),
            days.length
                ? table(days.filter((a) => !awaitingApproval.has(a.hoursStatus)))
                : h("p", {}, "尚无考勤记录。"),
        );
    } catch (error) {
        section.append(errorNotice(error));
    }
    return section;
}
