import type { UnionProgress } from "@volunteer/api/gen/volunteer/roster/v1/roster_service_pb";
import { h } from "../dom";

/** The counts a headline needs, from roster's progress or reporting's figures alike. */
export interface Headline {
    name: string;
    activeTeams: number;
    teamTarget: number;
    vettedPeople: number;
    peopleTarget: number;
}

/** 百队千人 of the root union; `show` refreshes it when newer counts arrive. */
export function progressHeadline() {
    const name = h("span", {}, "…");
    const teams = h("strong", { "data-testid": "progress-teams" }, "—");
    const people = h("strong", { "data-testid": "progress-people" }, "—");
    return {
        element: h("p", { class: "headline" }, name, "：活跃分队 ", teams, "，审核通过的队员 ", people),
        show(headline: Headline) {
            name.textContent = headline.name;
            teams.textContent = `${headline.activeTeams} / ${headline.teamTarget}`;
            people.textContent = `${headline.vettedPeople} / ${headline.peopleTarget}`;
        },
    };
}

function meter(value: number, target: number) {
    return [h("progress", { value, max: Math.max(target, 1) }), ` ${value} / ${target}`];
}

/** Each union directly below the root, against its own targets. */
export function progressTable(children: UnionProgress[]): HTMLElement {
    const row = (union: UnionProgress) =>
        h(
            "tr",
            {},
            h("td", {}, union.name),
            h("td", {}, meter(union.activeTeams, union.teamTarget)),
            h("td", {}, meter(union.vettedPeople, union.peopleTarget)),
        );
    return h(
        "table",
        { class: "striped" },
        h("thead", {}, h("tr", {}, h("th", {}, "工会"), h("th", {}, "分队（百队）"), h("th", {}, "人数（千人）"))),
        h("tbody", {}, children.map(row)),
    );
}
