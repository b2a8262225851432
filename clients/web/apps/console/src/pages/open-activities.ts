import { api } from "../api";
import { openActivityCard } from "../activities/open-activity-card";
import { h, replaceChildren } from "../dom";
import { errorNotice } from "../error-notice";
import type { Page } from "../shell/router";

const pageSize = 20;

/** The activities a volunteer may offer themself for, soonest first, each with their own interest. */
export const openActivitiesPage: Page = async (view, session, signal) => {
    const list = h("div", { "data-testid": "open-activities" });
    const more = h("button", { class: "secondary", hidden: true }, "加载更多");
    let pageToken = "";
    const load = async () => {
        const answer = await api.activity.listOpenActivities({ pageSize, pageToken }, { signal });
        pageToken = answer.nextPageToken;
        more.hidden = !pageToken;
        list.append(...answer.activities.map((activity) => openActivityCard(activity, session.user.profile.sub)));
    };
    more.addEventListener("click", () => void load().catch((error: unknown) => list.append(errorNotice(error))));
    await load();
    replaceChildren(
        view,
        h("h2", {}, "可报名的活动"),
        h("p", {}, "本工会及上级工会组织、尚未开始的活动。参加意向不等于参加：由队长或管理员安排后，你再确认。"),
        list.childElementCount ? list : h("p", {}, "暂无可报名的活动。"),
        more,
    );
};
