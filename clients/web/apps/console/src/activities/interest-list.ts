import { allPages, collect } from "@volunteer/api";
import { timestampDate } from "@bufbuild/protobuf/wkt";
import type { ActivityInterest } from "@volunteer/api/gen/volunteer/activity/v1/activity_pb";
import { api } from "../api";
import { h } from "../dom";
import { errorNotice } from "../error-notice";
import { volunteerNameElement } from "../volunteer-names";
import { participantStatusLabel } from "./participants";

function row(interest: ActivityInterest): HTMLElement {
    const since = interest.expressTime ? timestampDate(interest.expressTime).toLocaleString("zh-CN") : "";
    return h(
        "tr",
        { "data-volunteer-id": interest.volunteerId },
        h("td", {}, volunteerNameElement(interest.volunteerId, h("span", {}))),
        h("td", {}, interest.note || "—"),
        h("td", {}, since),
        h("td", {}, interest.teamMember ? "是" : "否（可在分队管理中加入）"),
        h("td", {}, interest.participantStatus ? participantStatusLabel[interest.participantStatus] : "—"),
    );
}

/** Who would like to take part, for the captains and admins who can put them on a team. */
export async function interestList(activityId: string, signal: AbortSignal): Promise<HTMLElement> {
    const section = h("section", { "data-testid": "interest-list" }, h("h3", {}, "报名意向"));
    try {
        const interests = await collect(
            allPages((pageToken) => api.activity.listInterests({ activityId, pageSize: 500, pageToken }, { signal })),
            (page) => page.interests,
        );
        const head = ["志愿者", "留言", "表达时间", "是否分队成员", "参加情况"].map((title) => h("th", {}, title));
        section.append(
            interests.length
                ? h(
                      "table",
                      { class: "striped" },
                      h("thead", {}, h("tr", {}, head)),
                      h("tbody", {}, interests.map(row)),
                  )
                : h("p", {}, "尚无志愿者表达参加意向。"),
        );
    } catch (error) {
        section.append(errorNotice(error));
    }
    return section;
}
