import type { BlobApi, DriveApi, DriveFileApi } from "../../../gas/host/surface";
import type { CallLog } from "./call-log";
import { FakeSpreadsheet } from "./spreadsheet";

type FileResource = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type PermissionResource = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;

export const SPREADSHEET_MIME = "application/vnd.google-apps.spreadsheet";
export const FOLDER_MIME = "application/vnd.google-apps.folder";

/** A permission as the Drive API was asked to create it. */
export interface FakePermission {
  fileId: string;
  type: string;
  role: string;
  emailAddress: string;
  sendNotificationEmail: boolean | undefined;
}

/**
 * The Drive advanced service (v3) as far as the add-on uses it: files (spreadsheets and folders)
 * and permissions. A spreadsheet created here opens with SpreadsheetApp.openById.
 */
export class FakeDrive implements DriveApi {
  readonly folders = new Map<string, { name: string; parents: string[] }>();
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  readonly permissions: FakePermission[] = [];
  /** Files created with content (the annual report): name, type and bytes. */
  readonly files = new Map<string, { name: string; mimeType: string; parents: string[]; bytes: Uint8Array }>();
  /** Called on every Drive call and every openById: a test advances its clock here. */
  onCall: (what: string) => void = () => {};
  private next = 1;

  constructor(
    private readonly log: CallLog,
    master: FakeSpreadsheet,
  ) {
    this.spreadsheets.set(master.id, master);
  }

  readonly Files = {
    create: (resource: FileResource, mediaData?: BlobApi): DriveFileApi => {
      this.log.record("Drive.Files", "create", resource.name ?? "");
      this.onCall("Files.create");
      const id = `file-${this.next++}`;
      const parents = resource.parents ?? [];
      for (const p of parents) if (!this.folders.has(p)) throw new Error(`GoogleJsonResponseException: File not found: ${p}`);
      if (mediaData !== undefined) {
        this.files.set(id, { name: resource.name ?? "", mimeType: resource.mimeType ?? "", parents, bytes: Uint8Array.from(mediaData.getBytes(), (b) => b & 0xff) });
      } else if (resource.mimeType === FOLDER_MIME) this.folders.set(id, { name: resource.name ?? "", parents });
      else if (resource.mimeType === SPREADSHEET_MIME) {
        const ss = new FakeSpreadsheet(this.log, ["Trang tính1"], id, resource.name ?? "");
        ss.parents = parents;
        this.spreadsheets.set(id, ss);
      } else throw new Error(`fake Drive: unexpected mimeType ${resource.mimeType}`);
      return { id, name: resource.name };
    },
  };

  readonly Permissions = {
    create: (resource: PermissionResource, fileId: string, optionalArgs: Record<string, unknown>): PermissionResource => {
      this.log.record("Drive.Permissions", "create", `${fileId} ${resource.emailAddress ?? ""}`);
      this.onCall("Permissions.create");
      const ss = this.spreadsheets.get(fileId);
      if (!ss) throw new Error(`GoogleJsonResponseException: File not found: ${fileId}`);
      const email = resource.emailAddress ?? "";
      const notify = optionalArgs.sendNotificationEmail;
      this.permissions.push({
        fileId,
        type: resource.type ?? "",
        role: resource.role ?? "",
        emailAddress: email,
        sendNotificationEmail: typeof notify === "boolean" ? notify : undefined,
      });
      if (resource.role === "writer" && !ss.fileEditors.includes(email)) ss.fileEditors.push(email);
      return { id: `perm-${email}`, role: resource.role, type: resource.type, emailAddress: email };
    },
  };

  /** SpreadsheetApp.openById. */
  open(id: string): FakeSpreadsheet {
    this.log.record("SpreadsheetApp", "openById", id);
    this.onCall("openById");
    const ss = this.spreadsheets.get(id);
    if (!ss) throw new Error(`Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp.`);
    return ss;
  }
}
