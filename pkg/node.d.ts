export * from "./pagemark.js";
export { default } from "./pagemark.js";
