import type { UnionProgress } from "@volunteer/api/gen/volunteer/roster/v1/roster_service_pb";
import { h } from "../dom";

function meter(value: number, target: number) {
  return [h("progress", { value, max: Math.max(target, 1) }), ` ${value} / ${target}`];
}

/** 百队千人: the union asked about, then each union directly below it. */
export function progressTable(root: UnionProgress, children: UnionProgress[]): HTMLElement {
  const row = (union: UnionProgress) =>
    h("tr", {}, h("td", {}, union.name), h("td", {}, meter(union.activeTeams, union.teamTarget)),
      h("td", {}, meter(union.vettedPeople, union.peopleTarget)));
  return h(
    "section",
    {},
    h(
      "p",
      { class: "headline" },
      `${root.name}：活跃分队 `,
      h("strong", { "data-testid": "progress-teams" }, `${root.activeTeams} / ${root.teamTarget}`),
      "，审核通过的队员 ",
      h("strong", { "data-testid": "progress-people" }, `${root.vettedPeople} / ${root.peopleTarget}`),
    ),
    h(
      "table",
      { class: "striped" },
      h("thead", {}, h("tr", {}, h("th", {}, "工会"), h("th", {}, "分队（百队）"), h("th", {}, "人数（千人）"))),
      h("tbody", {}, children.map(row)),
    ),
  );
}
