import { Code } from "@connectrpc/connect";
import { asConnectError, errorReasons } from "./error-details";
import { messageByCode, messageByReason } from "./error-messages";

/** An error as a person reads it, with the codes kept for developers and logs. */
export interface DescribedError {
    /** gRPC code name, e.g. "PERMISSION_DENIED". */
    code: string;
    /** Machine-readable reasons, e.g. ["OUTSIDE_UNION_SCOPE"]. */
    reasons: string[];
    /** Chinese sentence for the user. */
    message: string;
}

/** "PermissionDenied" → "PERMISSION_DENIED", the spelling used by the gRPC specification. */
function codeName(code: Code): string {
    const name = (Code[code] ?? "Unknown").replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();
    return name === "CANCELED" ? "CANCELLED" : name;
}

export function describeError(error: unknown): DescribedError {
    const connectError = asConnectError(error);
    const reasons = errorReasons(connectError);
    const known = reasons.map((reason) => messageByReason[reason]).find(Boolean);
    return {
        code: codeName(connectError.code),
        reasons,
        message: known ?? messageByCode[connectError.code] ?? messageByCode[Code.Unknown],
    };
}
