import { test } from "node:test";
import assert from "node:assert/strict";
import { Code, ConnectError } from "@connectrpc/connect";
import { BadRequestSchema, ErrorInfoSchema, PreconditionFailureSchema } from "../src/gen/google/rpc/error_details_pb";
import { brokenRules, describeError, errorReasons, fieldErrors } from "../src/index";
import { detail, errorFromStatus } from "./status-trailer";

test("fieldErrors lists every field violation of a BadRequest with its path", () => {
    const error = errorFromStatus(Code.InvalidArgument, "invalid", [
        detail(BadRequestSchema, {
            fieldViolations: [
                { field: "phone", description: "手机号码应为11位，当前为2位" },
                { field: "honours[0].year", description: "须在1950至2026之间" },
                { field: "id_number", description: "校验位应为X，其他位可能输入有误" },
            ],
        }),
    ]);
    assert.deepEqual(fieldErrors(error), [
        { field: "phone", message: "手机号码应为11位，当前为2位" },
        { field: "honours[0].year", message: "须在1950至2026之间" },
        { field: "id_number", message: "校验位应为X，其他位可能输入有误" },
    ]);
    assert.equal(describeError(error).code, "INVALID_ARGUMENT");
});

test("errorReasons and describeError read an ErrorInfo reason", () => {
    const error = errorFromStatus(Code.PermissionDenied, "denied", [
        detail(ErrorInfoSchema, { reason: "OUTSIDE_UNION_SCOPE", domain: "volunteer" }),
    ]);
    assert.deepEqual(errorReasons(error), ["OUTSIDE_UNION_SCOPE"]);
    assert.deepEqual(fieldErrors(error), []);
    assert.deepEqual(describeError(error), {
        code: "PERMISSION_DENIED",
        reasons: ["OUTSIDE_UNION_SCOPE"],
        message: "该工会不在您的管辖范围内。",
    });
});

test("brokenRules reads a PreconditionFailure and its type counts as a reason", () => {
    const error = errorFromStatus(Code.FailedPrecondition, "not cleared", [
        detail(PreconditionFailureSchema, {
            violations: [{ type: "NOT_CLEARED", subject: "UNINSURED", description: "有参与人未投保" }],
        }),
    ]);
    assert.deepEqual(brokenRules(error), [{ type: "NOT_CLEARED", subject: "UNINSURED", message: "有参与人未投保" }]);
    assert.equal(describeError(error).message, "活动尚未通过安全审查，不能开始。");
});

test("describeError falls back to the code's message for unknown reasons and plain errors", () => {
    assert.equal(
        describeError(new ConnectError("gone", Code.Unavailable)).message,
        "服务暂时不可用，请检查网络后重试。",
    );
    assert.equal(describeError(new ConnectError("stop", Code.Canceled)).code, "CANCELLED");
    assert.equal(describeError(new TypeError("Failed to fetch")).code, "UNKNOWN");
});
