export * from "./number";
export * from "./target";
export * from "./timeframe";
