import { SHEETS, readMeta, type WorkbookMeta } from "../../core/layout";
import { msg, type Message } from "../../core/i18n";
import type { Env } from "../env";
import { toGrid } from "../host/cells";

/**
 * The workbook metadata (layouts, plan header, per-row extras) lives in the hidden `_chitieu`
 * sheet. Live validation must not spend a cell read on it, so a copy is kept in the document
 * cache (shared by every editor; no OAuth scope needed), split into pieces under the 100 KB
 * value limit. Every full action and every open refreshes it; a cold cache costs one read.
 */
const HEAD = "chitieu.meta";
const PIECE = 30_000;
/** Apps Script's maximum cache lifetime. */
const TTL_S = 21_600;
/** Re-put the copy when older than this, so an active document never goes cold. */
const REFRESH_MS = 3_600_000;

interface Head {
  n: number;
  at: number;
}

export type MetaSource = "cache" | "sheet";

export interface LoadedMeta {
  meta: WorkbookMeta | null;
  error: Message | null;
  source: MetaSource | null;
}

export function cacheMeta(env: Env, meta: WorkbookMeta, now = Date.now()): void {
  if (!env.cache) return;
  const text = JSON.stringify(meta);
  const values: Record<string, string> = {};
  let n = 0;
  for (let i = 0; i < text.length; i += PIECE) values[`${HEAD}.${n++}`] = text.slice(i, i + PIECE);
  values[HEAD] = JSON.stringify({ n, at: now } satisfies Head);
  env.cache.putAll(values, TTL_S);
}


function fromCache(env: Env, now: number): WorkbookMeta | null {
  if (!env.cache) return null;
  const headText = env.cache.get(HEAD);
  if (headText === null) return null;
  try {
    const head = JSON.parse(headText) as Head;
    const keys = Array.from({ length: head.n }, (_, i) => `${HEAD}.${i}`);
    const pieces = env.cache.getAll(keys);
    if (keys.some((k) => typeof pieces[k] !== "string")) return null;
    const meta = JSON.parse(keys.map((k) => pieces[k]).join("")) as WorkbookMeta;
    if (now - head.at > REFRESH_MS) cacheMeta(env, meta, now);
    return meta;
  } catch {
    return null;
  }
}

/** Reads `_chitieu` (one getValues) and refreshes the cache. */
export function readMetaSheet(env: Env): LoadedMeta {
  const sheet = env.ss.getSheetByName(SHEETS.meta);
  if (!sheet) return { meta: null, error: msg("gas.noWorkbook"), source: null };
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  if (rows === 0 || cols === 0) return { meta: null, error: msg("gas.noWorkbook"), source: null };
  const { meta, error } = readMeta(toGrid(sheet.getRange(1, 1, rows, cols).getValues()));
  if (meta) cacheMeta(env, meta);
  return { meta, error, source: "sheet" };
}

/** The metadata from the cache when warm, else from the sheet. */
export function loadMeta(env: Env, now = Date.now()): LoadedMeta {
  const cached = fromCache(env, now);
  if (cached) return { meta: cached, error: null, source: "cache" };
  return readMetaSheet(env);
}
