import type { Route } from "./shell/router";
import { progressPage } from "./pages/progress";

export const routes: Route[] = [{ pattern: /^\/progress$/, page: progressPage }];
