import type { Route } from "./shell/router";
import { progressPage } from "./pages/progress";
import { volunteersPage } from "./pages/volunteers";

export const routes: Route[] = [
  { pattern: /^\/progress$/, page: progressPage },
  { pattern: /^\/volunteers$/, page: volunteersPage },
];
