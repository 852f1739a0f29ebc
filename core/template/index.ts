export * from "./source-schema";
