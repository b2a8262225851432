import { Code, ConnectError } from "@connectrpc/connect";
import { BadRequestSchema, ErrorInfoSchema, PreconditionFailureSchema } from "./gen/google/rpc/error_details_pb";

/** One bad field of a request. */
export interface FieldError {
    /** Its path as in the proto, e.g. "phone", "honours[0].year". */
    field: string;
    /** What is wrong, in Chinese as the service wrote it, for the person filling the form. */
    message: string;
}

/** One broken rule from a PreconditionFailure (e.g. type "NOT_CLEARED", subject "UNINSURED"). */
export interface BrokenRule {
    type: string;
    subject: string;
    message: string;
}

/** Anything thrown by a call, as a ConnectError (network failures and aborts included). */
export function asConnectError(error: unknown): ConnectError {
    return ConnectError.from(error, Code.Unknown);
}

/** The field violations of an INVALID_ARGUMENT answer; empty for any other error. */
export function fieldErrors(error: unknown): FieldError[] {
    return asConnectError(error)
        .findDetails(BadRequestSchema)
        .flatMap((badRequest) => badRequest.fieldViolations)
        .map((violation) => ({ field: violation.field, message: violation.description }));
}

/** The rules a FAILED_PRECONDITION answer names. */
export function brokenRules(error: unknown): BrokenRule[] {
    return asConnectError(error)
        .findDetails(PreconditionFailureSchema)
        .flatMap((failure) => failure.violations)
        .map((violation) => ({ type: violation.type, subject: violation.subject, message: violation.description }));
}

/**
 * The machine-readable reasons of an answer: ErrorInfo reasons (e.g. OUTSIDE_UNION_SCOPE,
 * ROLE_NOT_ALLOWED) first, then the types of the broken preconditions (e.g. NOT_CLEARED).
 */
export function errorReasons(error: unknown): string[] {
    const infoReasons = asConnectError(error)
        .findDetails(ErrorInfoSchema)
        .map((info) => info.reason);
    const ruleTypes = brokenRules(error).map((rule) => rule.type);
    return [...new Set([...infoReasons, ...ruleTypes].filter(Boolean))];
}
