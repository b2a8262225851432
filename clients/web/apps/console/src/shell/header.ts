import { api } from "../api";
import { signOut } from "../auth";
import { h, replaceChildren } from "../dom";
import { grantedUnionIds, isProvincial } from "../grants";
import { roleLabel } from "../labels";
import { notificationBell } from "../notifications/notification-bell";
import { displayName, type Session } from "../session";
import { menuFor } from "./navigation";

async function unionName(unionId: string): Promise<string> {
    try {
        return (await api.roster.getUnion({ id: unionId })).union?.name ?? unionId;
    } catch {
        return unionId;
    }
}

async function callerUnions(session: Session): Promise<string> {
    const names = await Promise.all(grantedUnionIds(session.grants).map(unionName));
    if (isProvincial(session.grants)) names.unshift("全省");
    return names.join("、") || "无";
}

export function renderHeader(container: HTMLElement, session: Session): void {
    const roles = [...new Set(session.grants.map((grant) => roleLabel[grant.role] ?? grant.role))].join("、");
    const unions = h("span", { "data-testid": "caller-unions", "aria-busy": "true" }, "…");
    replaceChildren(
        container,
        h(
            "nav",
            {},
            h("ul", {}, h("li", {}, h("strong", {}, "职工志愿服务工作台"))),
            h(
                "ul",
                {},
                menuFor(session.grants).map(({ href, label }) => h("li", {}, h("a", { href }, label))),
                h("li", {}, notificationBell()),
            ),
        ),
        h(
            "p",
            { class: "who" },
            "当前用户：",
            h("strong", { "data-testid": "signed-in-as", title: session.user.profile.sub }, displayName(session.user)),
            `（${roles}）　所属工会：`,
            unions,
            "　",
            h(
                "button",
                { class: "secondary outline", "data-testid": "sign-out", onclick: () => void signOut() },
                "退出登录",
            ),
        ),
    );
    void callerUnions(session).then((names) => {
        unions.textContent = names;
        unions.removeAttribute("aria-busy");
    });
}
