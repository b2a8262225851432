import { api } from "../api";
import { h, replaceChildren } from "../dom";
import { FieldErrorSlots } from "../forms/field-error-slots";
import { fieldLabel } from "./field-labels";
import { registerRequest, type VolunteerValues } from "./register-request";

type Input = HTMLInputElement | HTMLSelectElement;

/** Each input with the proto field its errors come back under. */
function fields(unionSelect: HTMLSelectElement): [string, Input][] {
    return [
        ["union_id", unionSelect],
        ["name", h("input", { name: "name", required: true, maxlength: 50 })],
        [
            "id_type",
            h(
                "select",
                { name: "idType" },
                h("option", { value: "resident" }, "居民身份证"),
                h("option", { value: "other" }, "其他证件"),
            ),
        ],
        ["id_number", h("input", { name: "idNumber", required: true, autocomplete: "off" })],
        [
            "gender",
            h(
                "select",
                { name: "gender" },
                h("option", { value: "" }, "请选择"),
                h("option", { value: "男" }, "男"),
                h("option", { value: "女" }, "女"),
            ),
        ],
        ["birth_date", h("input", { name: "birthDate", type: "date" })],
        ["phone", h("input", { name: "phone", type: "tel" })],
        ["employer", h("input", { name: "employer", maxlength: 100 })],
        ["profession", h("input", { name: "profession", maxlength: 100 })],
        ["skills", h("input", { name: "skills" })],
        ["participation_consent", h("input", { name: "consent", type: "checkbox" })],
        ["sensitive_data_consent", h("input", { name: "sensitiveDataConsent", type: "checkbox" })],
    ];
}

function valuesOf(form: HTMLFormElement): VolunteerValues {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "");
    return {
        name: text("name"),
        idType: text("idType"),
        idNumber: text("idNumber"),
        gender: text("gender"),
        birthDate: text("birthDate"),
        phone: text("phone"),
        employer: text("employer"),
        profession: text("profession"),
        skills: text("skills"),
        consent: data.get("consent") === "on",
        sensitiveDataConsent: data.get("sensitiveDataConsent") === "on",
    };
}

export function registerForm(unionSelect: HTMLSelectElement): HTMLFormElement {
    const inputs = fields(unionSelect);
    const slots = new FieldErrorSlots();
    const summary = h("div", {});
    // One request id per filled-in form, so pressing 登记 again after a lost answer cannot register twice.
    let requestId = crypto.randomUUID();
    const form: HTMLFormElement = h(
        "form",
        { "data-testid": "volunteer-form", novalidate: true },
        h("h3", {}, "登记志愿者"),
        summary,
        inputs.map(([field, input]) => h("label", {}, fieldLabel[field], " ", input, slots.slot(field, input))),
        h("button", { type: "submit" }, "登记"),
    );
    form.addEventListener("input", () => (requestId = crypto.randomUUID()));
    form.addEventListener("submit", async (event) => {
        event.preventDefault();
        slots.clear();
        replaceChildren(summary, h("p", { "aria-busy": "true" }, "正在登记…"));
        try {
            const { volunteer } = await api.roster.registerStaffVolunteer(
                registerRequest(valuesOf(form), unionSelect.value, requestId),
            );
            replaceChildren(summary, h("p", { role: "status" }, `已登记：${volunteer?.name}（待审核）`));
            form.reset();
            requestId = crypto.randomUUID();
        } catch (error) {
            slots.report(error, summary);
        }
    });
    return form;
}
