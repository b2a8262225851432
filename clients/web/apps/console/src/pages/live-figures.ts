import type { Figures } from "@volunteer/api/gen/volunteer/reporting/v1/figures_pb";
import { h } from "../dom";

const shown: [string, (figures: Figures) => string][] = [
    ["活跃分队", (f) => `${f.activeTeams} / ${f.teamTarget}`],
    ["审核通过的队员", (f) => `${f.vettedPeople} / ${f.peopleTarget}`],
    ["活动", (f) => String(f.activities)],
    ["服务时长（小时）", (f) => f.serviceHours.toFixed(1)],
    ["服务志愿者", (f) => String(f.volunteersServed)],
    ["受益人数", (f) => String(f.beneficiaries)],
    ["7天内未通过安全审查", (f) => String(f.unclearedUpcoming)],
    ["逾期未记录", (f) => String(f.overdueRecords)],
];

/**
 * The figures as a list whose values flash when they change, with the time and number of the
 * last update, so a person (and a browser test) can see the stream is alive.
 */
export function liveFiguresView() {
    const values = shown.map(() => h("strong", {}, "—"));
    const stamp = h("small", { "data-testid": "figures-updated" }, "等待数据…");
    const element = h(
        "article",
        { "data-testid": "figures-live", "aria-live": "polite" },
        h("header", {}, "实时数据 ", stamp),
        h(
            "dl",
            { class: "figures" },
            shown.flatMap(([label], i) => [h("dt", {}, label), h("dd", {}, values[i])]),
        ),
    );
    let updates = 0;
    return {
        element,
        show(figures: Figures) {
            updates += 1;
            shown.forEach(([, format], i) => {
                const value = values[i]!;
                const text = format(figures);
                if (value.textContent === text) return;
                value.textContent = text;
                value.classList.remove("changed");
                void value.offsetWidth; // restarts the highlight animation
                value.classList.add("changed");
            });
            stamp.textContent = `第 ${updates} 次更新，${new Date().toLocaleTimeString("zh-CN")}`;
        },
    };
}
