import { h, replaceChildren } from "../dom";
import { holdsAny } from "../grants";
import { candidatesPanel } from "../nominations/candidates-panel";
import { nominationList } from "../nominations/nomination-list";
import { publishPanel } from "../nominations/publish-panel";
import type { Page } from "../shell/router";

/**
 * The commendation workflow of a campaign year: a union nominates from its ranked candidates, the province
 * approves or rejects each nomination and publishes the approved ones.
 */
export const nominationsPage: Page = async (view, session, signal) => {
    const year = h("input", { type: "number", name: "year", min: 2000, max: 2100, value: new Date().getFullYear() });
    const body = h("div", {});
    const provincial = holdsAny(session.grants, "provincial-admin");
    const show = () => {
        const campaignYear = Number(year.value);
        const list = nominationList(campaignYear, session, signal);
        const refresh = () => void list.refresh();
        replaceChildren(
            body,
            holdsAny(session.grants, "union-admin") ? candidatesPanel(campaignYear, session, refresh) : null,
            list.element,
            provincial ? publishPanel(campaignYear, refresh) : null,
        );
        refresh();
    };
    year.addEventListener("change", show);
    replaceChildren(view, h("h2", {}, "表彰提名"), h("label", {}, "年度", year), body);
    show();
};
