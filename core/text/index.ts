export { nfc, normalizeDashes, collapseSpaces, cleanText, printedText, stripDiacritics, foldKey } from "./normalize";
export { editDistance } from "./distance";
