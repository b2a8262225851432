export * from "./clients";
export * from "./paging";
export * from "./error-details";
export * from "./describe-error";
export { messageByCode, messageByReason } from "./error-messages";
