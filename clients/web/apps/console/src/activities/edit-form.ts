import { Code } from "@connectrpc/connect";
import { asConnectError } from "@volunteer/api";
import type { Activity } from "@volunteer/api/gen/volunteer/activity/v1/activity_pb";
import { api } from "../api";
import { h, replaceChildren } from "../dom";
import { FieldErrorSlots } from "../forms/field-error-slots";
import { reloadPage } from "../shell/router";
import { editControl, type EditChoices } from "./edit-controls";
import { editConverters, editFields, valuesOf } from "./edit-fields";
import { changedPaths, changesOf, type FormValues } from "./update-mask";

function staleNotice(): HTMLElement {
    return h(
        "div",
        { role: "alert", "data-testid": "edit-stale" },
        h("p", { class: "error" }, "活动在您编辑期间已被他人修改，本次修改未保存。请重新加载，查看最新内容后再修改。"),
        h("button", { type: "button", onclick: reloadPage }, "重新加载"),
    );
}

/**
 * Edits a draft or blocked activity: only the fields the person changed are sent (update_mask), with the
 * etag the page was drawn from, so a change made by someone else meanwhile is refused instead of lost.
 */
export function editForm(activity: Activity, choices: EditChoices, onSaved: () => void): HTMLElement {
    const slots = new FieldErrorSlots();
    const summary = h("div", { "data-testid": "edit-result" });
    let before: FormValues = valuesOf(activity);
    let etag = activity.etag;
    const controls = editFields.map((field) => editControl(field, before, choices, slots));
    const form = h(
        "form",
        { "data-testid": "edit-form", novalidate: true },
        controls.map((control) => control.element),
        h("button", { type: "submit" }, "保存修改"),
        summary,
    );
    form.addEventListener("submit", async (event) => {
        event.preventDefault();
        const after: FormValues = Object.assign({}, ...controls.map((control) => control.read()));
        const paths = changedPaths(before, after);
        slots.clear();
        if (!paths.length) return replaceChildren(summary, h("p", { role: "status" }, "没有修改。"));
        try {
            const changes = changesOf(after, paths, editConverters);
            const answer = await api.activity.updateActivity({
                id: activity.id,
                activity: changes,
                updateMask: { paths },
                etag,
            });
            etag = answer.activity?.etag ?? etag;
            before = after;
            const resubmitted = answer.resubmitted ? "活动已重新提交安全审查，审查结果稍后更新。" : "";
            replaceChildren(summary, h("p", { role: "status" }, `已保存。${resubmitted}`));
            onSaved();
        } catch (error) {
            if (asConnectError(error).code === Code.Aborted) replaceChildren(summary, staleNotice());
            else slots.report(error, summary);
        }
    });
    return h(
        "details",
        { "data-testid": "activity-edit" },
        h("summary", { role: "button", class: "outline" }, "编辑活动"),
        form,
    );
}
