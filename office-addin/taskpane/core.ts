/**
 * The task pane's core chunk, loaded with a dynamic `import()` right after the pane opens
 * (see main.ts): the shared core (validation, statuses, summary, layout, the whole message
 * catalogue, zod) and the actions on Excel. The first script holds only the shell.
 */
export { columnOf } from "../../core/layout";
export { checkEverything } from "../actions/check-all";
export { openWorkbook } from "../actions/context";
export { createFromTemplate } from "../actions/create";
export { watchEdits } from "../actions/live-validation";
export { recognizeInPlace } from "../actions/recognize";
export { runStatuses } from "../actions/statuses";
export { standardiseInExcel } from "../actions/standardise";
export { saveSettings, selectCell, setStructureLock } from "../actions/tools";
export { annotationMode } from "../excel/capabilities";
export { createSession } from "../excel/session";
export { renderFindings, renderOverview, type FindingView } from "./render";
export { fetchTemplate } from "./template-fetch";
