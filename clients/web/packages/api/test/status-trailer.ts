import { create, toBinary, type DescMessage, type MessageInitShape } from "@bufbuild/protobuf";
import { anyPack } from "@bufbuild/protobuf/wkt";
import { base64Encode } from "@bufbuild/protobuf/wire";
import { findTrailerError } from "@connectrpc/connect/protocol-grpc";
import { StatusSchema } from "../src/gen/google/rpc/status_pb";

/** A detail to put in a google.rpc.Status, as a schema and its value. */
export interface Detail<D extends DescMessage> {
    schema: D;
    value: MessageInitShape<D>;
}

export function detail<D extends DescMessage>(schema: D, value: MessageInitShape<D>): Detail<D> {
    return { schema, value };
}

/**
 * Builds the error a gRPC-Web transport raises for a trailer carrying this status, going through
 * the same grpc-status-details-bin decoding that a real answer from the services does.
 */
export function errorFromStatus(code: number, message: string, details: Detail<DescMessage>[]) {
    const status = create(StatusSchema, {
        code,
        message,
        details: details.map((d) => anyPack(d.schema, create(d.schema, d.value))),
    });
    const trailer = new Headers({
        "grpc-status": String(code),
        "grpc-message": encodeURIComponent(message),
        "grpc-status-details-bin": base64Encode(toBinary(StatusSchema, status), "std_raw"),
    });
    const error = findTrailerError(trailer);
    if (!error) throw new Error("the trailer did not decode to an error");
    return error;
}
