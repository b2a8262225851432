import type { Route } from "./shell/router";
import { activitiesPage } from "./pages/activities";
import { activityPage } from "./pages/activity";
import { digestsPage } from "./pages/digests";
import { nominationsPage } from "./pages/nominations";
import { notificationsPage } from "./pages/notifications";
import { openActivitiesPage } from "./pages/open-activities";
import { progressPage } from "./pages/progress";
import { volunteersPage } from "./pages/volunteers";

export const routes: Route[] = [
    { pattern: /^\/progress$/, page: progressPage },
    { pattern: /^\/volunteers$/, page: volunteersPage },
    { pattern: /^\/activities$/, page: activitiesPage },
    { pattern: /^\/activities\/([\w-]+)$/, page: activityPage },
    { pattern: /^\/digests(?:\/([\w-]+))?$/, page: digestsPage },
    { pattern: /^\/notifications$/, page: notificationsPage },
    { pattern: /^\/nominations$/, page: nominationsPage },
    { pattern: /^\/open-activities$/, page: openActivitiesPage },
];
