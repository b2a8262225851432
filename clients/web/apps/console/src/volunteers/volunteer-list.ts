import { allPages } from "@volunteer/api";
import type { ListStaffVolunteersResponse } from "@volunteer/api/gen/volunteer/roster/v1/roster_service_pb";
import { VettingState, type StaffVolunteer } from "@volunteer/api/gen/volunteer/roster/v1/volunteer_pb";
import { api } from "../api";
import { h, replaceChildren } from "../dom";
import { errorNotice } from "../error-notice";
import { vettingLabel } from "../labels";

async function vet(volunteer: StaffVolunteer, decision: VettingState, cell: HTMLElement): Promise<void> {
    const reason = decision === VettingState.REJECTED ? prompt("请填写不通过的原因") : "";
    if (reason === null) return;
    try {
        const answer = await api.roster.vetStaffVolunteer({ id: volunteer.id, decision, reason });
        replaceChildren(cell, vettingLabel[answer.volunteer?.vetting?.state ?? VettingState.UNSPECIFIED]);
    } catch (error) {
        cell.append(errorNotice(error));
    }
}

function row(volunteer: StaffVolunteer): HTMLElement {
    const state = volunteer.vetting?.state ?? VettingState.UNSPECIFIED;
    const cell = h("td", {}, vettingLabel[state]);
    if (state === VettingState.PENDING) {
        cell.append(
            " ",
            h("button", { class: "outline", onclick: () => void vet(volunteer, VettingState.APPROVED, cell) }, "通过"),
            " ",
            h(
                "button",
                { class: "outline secondary", onclick: () => void vet(volunteer, VettingState.REJECTED, cell) },
                "不通过",
            ),
        );
    }
    return h(
        "tr",
        { "data-volunteer-id": volunteer.id },
        h("td", {}, volunteer.name),
        h("td", {}, volunteer.idNumberMasked),
        h("td", {}, volunteer.phoneMasked),
        h("td", {}, volunteer.employer),
        h("td", {}, volunteer.skills.join("、")),
        cell,
    );
}

/** Search form and result table; pages are fetched on demand with 加载更多. */
export function volunteerSearch(unionSelect: HTMLSelectElement): HTMLElement {
    const skill = h("input", { name: "skill", placeholder: "技能，如：教学" });
    const state = h(
        "select",
        { name: "vetting" },
        Object.entries(vettingLabel).map(([value, label]) => h("option", { value }, label)),
    );
    const body = h("tbody", {});
    const more = h("button", { class: "secondary", hidden: true }, "加载更多");
    const status = h("div", {});
    let pages: AsyncGenerator<ListStaffVolunteersResponse> | undefined;

    const showNextPage = async () => {
        try {
            const next = await pages!.next();
            if (!next.done) body.append(...next.value.volunteers.map(row));
            more.hidden = next.done || !next.value.nextPageToken;
            replaceChildren(status, body.childElementCount === 0 ? h("p", {}, "没有符合条件的志愿者。") : null);
        } catch (error) {
            replaceChildren(status, errorNotice(error));
        }
    };
    const search = (event?: Event) => {
        event?.preventDefault();
        body.replaceChildren();
        const filter = {
            unionSubtreeOf: unionSelect.value,
            skill: skill.value.trim(),
            vettingState: Number(state.value),
        };
        pages = allPages((pageToken) => api.roster.listStaffVolunteers({ ...filter, pageSize: 50, pageToken }));
        void showNextPage();
    };
    more.addEventListener("click", () => void showNextPage());

    return h(
        "section",
        {},
        h(
            "form",
            { role: "search", onsubmit: search },
            unionSelect,
            skill,
            state,
            h("button", { type: "submit" }, "查询"),
        ),
        status,
        h(
            "table",
            { class: "striped" },
            h(
                "thead",
                {},
                h(
                    "tr",
                    {},
                    ["姓名", "证件号码", "电话", "工作单位", "技能", "审核"].map((t) => h("th", {}, t)),
                ),
            ),
            body,
        ),
        more,
    );
}
