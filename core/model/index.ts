export * from "./message";
export * from "./target";
export * from "./timeframe";
export * from "./agency";
export * from "./plan";
export * from "./report";
export * from "./finding";
export * from "./status";
export { templateJsonSchemas } from "./json-schema";
