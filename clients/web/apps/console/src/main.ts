import "@picocss/pico/css/pico.min.css";
import "./console.css";
import { completeSignin, currentUser, isSigninCallback, signIn } from "./auth";
import { h, replaceChildren } from "./dom";
import { errorNotice } from "./error-notice";
import { sessionOf } from "./session";
import { renderHeader } from "./shell/header";
import { homeFor } from "./shell/navigation";
import { startRouter } from "./shell/router";
import { routes } from "./routes";

async function start(): Promise<void> {
    const header = document.getElementById("app-header")!;
    const main = document.getElementById("app-main")!;
    try {
        if (isSigninCallback()) await completeSignin();
        const user = await currentUser();
        if (!user) {
            replaceChildren(
                main,
                h("h2", {}, "职工志愿服务工作台"),
                h("p", {}, "请使用工会账号登录。"),
                h("button", { "data-testid": "sign-in", onclick: () => void signIn() }, "登录"),
            );
            return;
        }
        const session = sessionOf(user);
        renderHeader(header, session);
        startRouter(main, session, routes, homeFor(session.grants));
    } catch (error) {
        replaceChildren(main, errorNotice(error), h("button", { onclick: () => void signIn() }, "重新登录"));
    }
}

void start();
