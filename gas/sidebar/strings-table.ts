import { catalogue, type CatalogueEntry } from "../../core/i18n/catalogue";
import { SIDEBAR_CODES, type SidebarCode } from "./codes";

/**
 * The sidebar's entries taken from the one catalogue. scripts/build-gas.mjs evaluates this file
 * at build time and bundles the result as a literal in its place, so Sidebar.html carries these
 * few entries and not the whole catalogue; tests and type checks use this file as written.
 */
export const STRINGS = Object.fromEntries(SIDEBAR_CODES.map((code) => [code, { vi: catalogue[code].vi, en: catalogue[code].en }])) as Record<
  SidebarCode,
  CatalogueEntry
>;
