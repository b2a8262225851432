import { h, replaceChildren } from "../dom";
import type { Page } from "../shell/router";
import { subtreeUnions, unionSelect } from "../union-picker";
import { importPanel } from "../volunteers/import-panel";
import { registerForm } from "../volunteers/register-form";
import { volunteerSearch } from "../volunteers/volunteer-list";

export const volunteersPage: Page = async (view, session, signal) => {
    const unions = await subtreeUnions(session, signal);
    replaceChildren(
        view,
        h("h2", {}, "志愿者"),
        volunteerSearch(unionSelect(unions, "union")),
        h(
            "div",
            { class: "grid" },
            registerForm(unionSelect(unions, "unionId")),
            importPanel(unionSelect(unions, "importUnion")),
        ),
    );
};
