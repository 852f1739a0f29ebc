export { isEmptyCell, cellText } from "./cell";
export type { Cell, Grid, MergedRange } from "./cell";
