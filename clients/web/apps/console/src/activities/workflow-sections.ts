import { allPages, collect } from "@volunteer/api";
import { ActivityStatus, type Activity } from "@volunteer/api/gen/volunteer/activity/v1/activity_pb";
import { TeamStatus } from "@volunteer/api/gen/volunteer/roster/v1/team_pb";
import { api } from "../api";
import { holdsAny } from "../grants";
import type { Session } from "../session";
import { editForm } from "./edit-form";
import { editHistory } from "./edit-history";
import { interestForm } from "./interest-form";
import { interestList } from "./interest-list";

const editable = new Set([ActivityStatus.DRAFT, ActivityStatus.BLOCKED]);
// Not started yet: volunteers may still say they would like to take part.
const takesAnswers = new Set([
    ActivityStatus.DRAFT,
    ActivityStatus.SUBMITTED,
    ActivityStatus.CLEARED,
    ActivityStatus.BLOCKED,
]);

/** The active teams of the activity's union and the unions under it: those an edit may put on the activity. */
function teamsWithin(unionId: string, signal: AbortSignal) {
    const pages = allPages((pageToken) =>
        api.roster.listTeams(
            { unionSubtreeOf: unionId, status: TeamStatus.ACTIVE, pageSize: 500, pageToken },
            { signal },
        ),
    );
    return collect(pages, (page) => page.teams);
}

/**
 * The parts of an activity's page that depend on who looks: volunteers say they would like to take part,
 * captains and admins see who would, admins edit a draft or blocked activity, union staff see its changes.
 */
export async function workflowSections(activity: Activity, session: Session, signal: AbortSignal) {
    const grants = session.grants;
    const sections: HTMLElement[] = [];
    let history: HTMLElement | undefined;
    if (takesAnswers.has(activity.status) && holdsAny(grants, "volunteer")) {
        sections.push(interestForm(activity.id, session.user.profile.sub));
    }
    if (holdsAny(grants, "provincial-admin", "union-admin", "team-captain")) {
        sections.push(await interestList(activity.id, signal));
    }
    if (holdsAny(grants, "provincial-admin", "union-admin", "team-captain", "safety-officer", "report-viewer")) {
        const edits = editHistory(activity.id, signal);
        if (editable.has(activity.status) && holdsAny(grants, "provincial-admin", "union-admin")) {
            const choices = { teams: await teamsWithin(activity.unionId, signal), participants: activity.participants };
            sections.push(editForm(activity, choices, () => void edits.refresh()));
        }
        await edits.refresh();
        history = edits.section;
    }
    return { sections, history };
}
