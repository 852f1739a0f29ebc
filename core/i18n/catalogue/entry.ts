/** One catalogue entry: Vietnamese first, English available. `{name}` marks a parameter. */
export interface CatalogueEntry {
  vi: string;
  en: string;
}
