import Papa from "papaparse";
import readXlsxFile from "read-excel-file";
import type { VolunteerValues } from "./register-request";

/** Column headings a union's spreadsheet uses, and the value each fills. */
const columns: Record<string, keyof VolunteerValues> = {
    姓名: "name",
    证件类型: "idType",
    证件号码: "idNumber",
    身份证号码: "idNumber",
    性别: "gender",
    出生日期: "birthDate",
    联系电话: "phone",
    手机: "phone",
    工作单位: "employer",
    职业: "profession",
    技能: "skills",
    自愿参与: "consent",
    同意处理敏感信息: "sensitiveDataConsent",
};

export const expectedHeadings = [
    "姓名",
    "证件号码",
    "性别",
    "出生日期",
    "联系电话",
    "工作单位",
    "职业",
    "技能",
    "自愿参与",
    "同意处理敏感信息",
];

const yes = new Set(["是", "同意", "Y", "y", "yes", "1", "true"]);

function cellText(cell: unknown): string {
    if (cell instanceof Date) return cell.toISOString().slice(0, 10);
    return cell === null || cell === undefined ? "" : String(cell).trim();
}

function toValues(headings: string[], cells: unknown[]): VolunteerValues {
    const values: VolunteerValues = {
        name: "",
        idType: "",
        idNumber: "",
        gender: "",
        birthDate: "",
        phone: "",
        employer: "",
        profession: "",
        skills: "",
        consent: false,
        sensitiveDataConsent: false,
    };
    headings.forEach((heading, i) => {
        const key = columns[heading.trim()];
        if (!key) return;
        const text = cellText(cells[i]);
        if (key === "consent" || key === "sensitiveDataConsent") values[key] = yes.has(text);
        else if (key === "idType") values.idType = text.includes("身份证") || !text ? "resident" : "other";
        else values[key] = text;
    });
    return values;
}

async function rowsOf(file: File): Promise<unknown[][]> {
    if (/\.xlsx$/i.test(file.name)) return readXlsxFile(file);
    const parsed = Papa.parse<string[]>(await file.text(), { skipEmptyLines: "greedy" });
    return parsed.data;
}

/** Reads a CSV or Excel (.xlsx) file in the browser: the first row holds the headings. */
export async function readVolunteerRows(file: File): Promise<VolunteerValues[]> {
    const [headings = [], ...rows] = await rowsOf(file);
    return rows.map((cells) => toValues(headings.map(cellText), cells));
}
