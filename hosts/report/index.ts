/** The annual report written as .docx with the `docx` library: the CLI and the Excel task pane. */
export { reportToDocx } from "./docx-writer";
