import { api } from "../api";
import { h, replaceChildren } from "../dom";
import { errorNotice } from "../error-notice";
import type { Session } from "../session";

/** Gathers the ExportServiceRecords stream into one CSV file (UTF-8 with BOM, as the service writes it). */
async function exportCsv(unionId: string, periodStart: string, periodEnd: string): Promise<Blob> {
    const chunks: BlobPart[] = [];
    for await (const { chunk } of api.reporting.exportServiceRecords({ unionId, periodStart, periodEnd })) {
        chunks.push(chunk as Uint8Array<ArrayBuffer>);
    }
    return new Blob(chunks, { type: "text/csv;charset=utf-8" });
}

function download(blob: Blob, fileName: string): void {
    const url = URL.createObjectURL(blob);
    h("a", { href: url, download: fileName }).click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportForm(session: Session): HTMLElement {
    const year = new Date().getFullYear();
    const start = h("input", { type: "date", name: "periodStart", value: `${year}-01-01`, required: true });
    const end = h("input", { type: "date", name: "periodEnd", value: `${year}-12-31`, required: true });
    const status = h("div", {});
    const submit = async (event: Event) => {
        event.preventDefault();
        replaceChildren(status, h("p", { "aria-busy": "true" }, "正在导出…"));
        try {
            const blob = await exportCsv(session.unionId, start.value, end.value);
            download(blob, `志愿服务记录_${start.value}_${end.value}.csv`);
            replaceChildren(
                status,
                h("p", { role: "status", "data-testid": "export-done" }, `已导出 ${Math.ceil(blob.size / 1024)} KB。`),
            );
        } catch (error) {
            replaceChildren(status, errorNotice(error));
        }
    };
    return h(
        "form",
        { onsubmit: submit, "data-testid": "export-form" },
        h("h3", {}, "导出志愿服务记录（CSV）"),
        h("label", {}, "服务日期自 ", start),
        h("label", {}, "至 ", end),
        h("button", { type: "submit" }, "下载 CSV"),
        status,
    );
}
