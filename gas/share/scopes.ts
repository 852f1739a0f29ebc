import type { Env } from "../env";
import type { DriveApi } from "../host/surface";
import { msg } from "../../core/i18n";
import { UserError } from "../errors";

/**
 * The only scopes beyond the current spreadsheet and the sidebar, asked for by the copy and
 * consolidation actions alone (granular consent: a person who has not granted them is asked at
 * that moment, and every other action keeps working without them).
 * drive.file: create the folder and the copies, and share them (files this add-on created only);
 * spreadsheets: open those copies with SpreadsheetApp.openById (currentonly covers the open file only).
 */
export const DRIVE_FILE = "https://www.googleapis.com/auth/drive.file";
export const SPREADSHEETS = "https://www.googleapis.com/auth/spreadsheets";

export function requireScopes(env: Env, scopes: string[]): void {
  env.svc.scriptApp.requireScopes(env.svc.scriptApp.AuthMode.FULL, scopes);
}

/** The Drive advanced service, read from the global when needed (absent when not enabled). */
export function driveService(): DriveApi {
  const drive: DriveApi | undefined = typeof Drive === "undefined" ? undefined : (Drive as DriveApi | undefined);
  if (!drive) throw new UserError(msg("gas.share.noDrive"));
  return drive;
}
