import { allPages, collect } from "@volunteer/api";
import { timestampDate } from "@bufbuild/protobuf/wkt";
import type { Edit, FieldChange } from "@volunteer/api/gen/volunteer/activity/v1/edit_pb";
import { api } from "../api";
import { h, replaceChildren } from "../dom";
import { errorNotice } from "../error-notice";
import { roleLabel } from "../labels";
import { editFieldLabel } from "./edit-fields";

function change(fieldChange: FieldChange): HTMLElement {
    const what = fieldChange.personal
        ? "（个人信息，仅记录已修改）"
        : `：${fieldChange.before || "（空）"} → ${fieldChange.after || "（空）"}`;
    return h("li", { "data-path": fieldChange.path }, editFieldLabel(fieldChange.path), what);
}

function row(edit: Edit): HTMLElement {
    const when = edit.editTime ? timestampDate(edit.editTime).toLocaleString("zh-CN") : "";
    const role = roleLabel[edit.editorRole.replace(/_/g, "-")] ?? edit.editorRole;
    return h("tr", {}, h("td", {}, when), h("td", {}, role), h("td", {}, h("ul", {}, edit.changes.map(change))));
}

/** Every change of the activity, oldest first; `refresh` reads it again after the page saved a change. */
export function editHistory(activityId: string, signal: AbortSignal) {
    const section = h("section", { "data-testid": "edit-history" }, h("h3", {}, "修改记录"));
    const body = h("div", { "aria-busy": "true" });
    section.append(body);
    const refresh = async () => {
        try {
            const edits = await collect(
                allPages((pageToken) =>
                    api.activity.listEditHistory({ activityId, pageSize: 100, pageToken }, { signal }),
                ),
                (page) => page.edits,
            );
            const head = h(
                "tr",
                {},
                ["时间", "修改人", "修改内容"].map((title) => h("th", {}, title)),
            );
            replaceChildren(
                body,
                edits.length
                    ? h("table", { class: "striped" }, h("thead", {}, head), h("tbody", {}, edits.map(row)))
                    : h("p", {}, "尚无修改。"),
            );
        } catch (error) {
            replaceChildren(body, errorNotice(error));
        }
        body.removeAttribute("aria-busy");
    };
    return { section, refresh };
}
