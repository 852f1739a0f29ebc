export { nfc, normalizeDashes, collapseSpaces, cleanText, stripDiacritics, foldKey } from "./normalize";
