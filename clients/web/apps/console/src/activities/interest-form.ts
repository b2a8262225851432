import { timestampDate } from "@bufbuild/protobuf/wkt";
import type { ActivityInterest } from "@volunteer/api/gen/volunteer/activity/v1/activity_pb";
import { api } from "../api";
import { h, replaceChildren } from "../dom";
import { FieldErrorSlots } from "../forms/field-error-slots";

function stateText(interest: ActivityInterest): string {
    const at = (stamp = interest.withdrawTime ?? interest.expressTime) =>
        stamp ? timestampDate(stamp).toLocaleString("zh-CN") : "";
    return interest.withdrawTime ? `已撤回参加意向（${at()}）。` : `已表达参加意向（${at()}），等待队长或管理员安排。`;
}

/**
 * The volunteer's own wish to take part: interest is not participation, a captain or admin puts them on a
 * team and they then confirm. A repeated click answers the standing interest, so nothing is said twice.
 * `current` is the interest as last read, when the page knows it.
 */
export function interestForm(activityId: string, volunteerId: string, current?: ActivityInterest): HTMLElement {
    const note = h("textarea", { name: "note", maxlength: 500, rows: 2, placeholder: "例如：可承担小学数学送教" });
    note.value = current?.note ?? "";
    const slots = new FieldErrorSlots();
    const state = h("div", { "data-testid": "interest-state" }, current ? h("p", {}, stateText(current)) : null);
    const act = async (withdraw: boolean) => {
        slots.clear();
        replaceChildren(state, h("p", { "aria-busy": "true" }, "正在提交…"));
        try {
            const { interest } = withdraw
                ? await api.activity.withdrawInterest({ activityId, volunteerId })
                : await api.activity.expressInterest({ activityId, volunteerId, note: note.value.trim() });
            if (interest) replaceChildren(state, h("p", { role: "status" }, stateText(interest)));
        } catch (error) {
            slots.report(error, state);
        }
    };
    return h(
        "section",
        { "data-testid": "interest-form" },
        h("h3", {}, "参加意向"),
        h("label", {}, "我能做什么（选填）", note, slots.slot("note", note)),
        h("button", { onclick: () => void act(false) }, "我想参加"),
        " ",
        h("button", { class: "secondary outline", onclick: () => void act(true) }, "撤回意向"),
        state,
    );
}
