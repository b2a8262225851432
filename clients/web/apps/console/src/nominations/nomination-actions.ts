import {
    NominationDecision,
    NominationStatus,
    type Nomination,
} from "@volunteer/api/gen/volunteer/reporting/v1/nominations_pb";
import { api } from "../api";
import { h, replaceChildren } from "../dom";
import { errorNotice } from "../error-notice";
import { FieldErrorSlots } from "../forms/field-error-slots";
import { holdsAny } from "../grants";
import type { Session } from "../session";

/** The province approves or rejects (a rejection needs a reason, shown by its input when missing). */
function decisionControls(nomination: Nomination, onChanged: () => void): (HTMLElement | string)[] {
    const reason = h("input", { name: "reason", maxlength: 500, placeholder: "理由（不批准时必填）" });
    const slots = new FieldErrorSlots();
    const outcome = h("div", {});
    const decide = async (decision: NominationDecision) => {
        slots.clear();
        try {
            await api.reporting.decideNomination({
                nominationId: nomination.id,
                decision,
                reason: reason.value.trim(),
            });
            onChanged();
        } catch (error) {
            slots.report(error, outcome);
        }
    };
    return [
        reason,
        slots.slot("reason", reason),
        h("button", { class: "outline", onclick: () => void decide(NominationDecision.APPROVE) }, "批准"),
        " ",
        h("button", { class: "outline secondary", onclick: () => void decide(NominationDecision.REJECT) }, "不批准"),
        outcome,
    ];
}

function withdrawButton(nomination: Nomination, onChanged: () => void): HTMLElement {
    const outcome = h("div", {});
    const withdraw = async () => {
        try {
            await api.reporting.withdrawNomination({ nominationId: nomination.id });
            onChanged();
        } catch (error) {
            replaceChildren(outcome, errorNotice(error));
        }
    };
    return h("div", {}, h("button", { class: "outline secondary", onclick: () => void withdraw() }, "撤回"), outcome);
}

/** What the caller may do with a nomination awaiting a decision: the province decides, a union withdraws. */
export function nominationActions(
    nomination: Nomination,
    session: Session,
    onChanged: () => void,
): (HTMLElement | string)[] {
    if (nomination.status !== NominationStatus.NOMINATED) return [];
    if (holdsAny(session.grants, "provincial-admin")) return decisionControls(nomination, onChanged);
    return holdsAny(session.grants, "union-admin") ? [withdrawButton(nomination, onChanged)] : [];
}
