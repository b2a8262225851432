import { describeError, fieldErrors } from "@volunteer/api";
import { api } from "../api";
import { h, replaceChildren } from "../dom";
import { errorNotice } from "../error-notice";
import { fieldLabel } from "./field-labels";
import { registerRequest, type VolunteerValues } from "./register-request";
import { expectedHeadings, readVolunteerRows } from "./spreadsheet";

// Rows in flight at once: enough to keep an import of a few hundred rows short without
// tripping the services' per-client limits.
const parallelRows = 4;

/**
 * ImportStaffVolunteers is client streaming, which gRPC-Web cannot carry from a browser; the rows
 * go one by one through RegisterStaffVolunteer instead, each with a request id derived from the
 * file and row, so importing the same file again returns the earlier records instead of duplicates.
 */
async function importRows(
    rows: VolunteerValues[],
    unionId: string,
    fileKey: string,
    report: (row: number, cell: Node) => void,
) {
    let next = 0;
    const worker = async () => {
        while (next < rows.length) {
            const index = next++;
            const requestId = `import:${fileKey}:${index + 1}`.slice(-100);
            try {
                await api.roster.registerStaffVolunteer(registerRequest(rows[index]!, unionId, requestId));
                report(index, h("span", {}, "已登记"));
            } catch (error) {
                const fields = fieldErrors(error);
                report(
                    index,
                    fields.length
                        ? h(
                              "ul",
                              {},
                              fields.map((f) =>
                                  h(
                                      "li",
                                      { class: "error", title: f.field },
                                      `${fieldLabel[f.field] ?? f.field}：${f.message}`,
                                  ),
                              ),
                          )
                        : h("span", { class: "error", title: describeError(error).code }, describeError(error).message),
                );
            }
        }
    };
    await Promise.all(Array.from({ length: parallelRows }, worker));
}

export function importPanel(unionSelect: HTMLSelectElement): HTMLElement {
    const file = h("input", { type: "file", accept: ".csv,.xlsx", "aria-label": "选择文件" });
    const output = h("div", { "data-testid": "import-result" });
    const start = async () => {
        const chosen = file.files?.[0];
        if (!chosen) return;
        try {
            const rows = await readVolunteerRows(chosen);
            const results = rows.map(() => h("td", { "aria-busy": "true" }));
            replaceChildren(
                output,
                h(
                    "table",
                    {},
                    h("thead", {}, h("tr", {}, h("th", {}, "行"), h("th", {}, "姓名"), h("th", {}, "结果"))),
                    h(
                        "tbody",
                        {},
                        rows.map((row, i) => h("tr", {}, h("td", {}, i + 2), h("td", {}, row.name), results[i])),
                    ),
                ),
            );
            await importRows(
                rows,
                unionSelect.value,
                `${chosen.name}:${chosen.size}:${chosen.lastModified}`,
                (i, cell) => {
                    results[i]!.removeAttribute("aria-busy");
                    results[i]!.replaceChildren(cell);
                },
            );
        } catch (error) {
            replaceChildren(output, errorNotice(error));
        }
    };
    return h(
        "section",
        {},
        h("h3", {}, "批量导入"),
        h(
            "p",
            {},
            `CSV 或 Excel（.xlsx）文件，第一行为表头：${expectedHeadings.join("、")}。每行单独登记，逐行显示结果。`,
        ),
        unionSelect,
        file,
        h("button", { onclick: () => void start() }, "开始导入"),
        output,
    );
}
