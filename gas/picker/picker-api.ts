/**
 * The slice of the Google Picker API the dialog uses (loaded from apis.google.com at run time,
 * as Google documents it for Apps Script dialogs; there is no package for it here).
 */
export interface PickerDoc {
  id: string;
  name: string;
  mimeType?: string;
}

export interface PickerResult {
  action: "picked" | "cancel" | "loaded";
  docs: PickerDoc[];
}

interface DocsView {
  setMimeTypes(types: string): DocsView;
  setIncludeFolders(on: boolean): DocsView;
  setSelectFolderEnabled(on: boolean): DocsView;
  setMode(mode: unknown): DocsView;
}

interface PickerBuilder {
  addView(view: DocsView): PickerBuilder;
  setOAuthToken(token: string): PickerBuilder;
  setDeveloperKey(key: string): PickerBuilder;
  setAppId(id: string): PickerBuilder;
  setOrigin(origin: string): PickerBuilder;
  setLocale(locale: string): PickerBuilder;
  setTitle(title: string): PickerBuilder;
  setSize(width: number, height: number): PickerBuilder;
  setCallback(f: (data: Record<string, unknown>) => void): PickerBuilder;
  build(): { setVisible(on: boolean): void };
}

interface PickerNamespace {
  DocsView: new (viewId?: unknown) => DocsView;
  PickerBuilder: new () => PickerBuilder;
  ViewId: { DOCS: unknown };
  DocsViewMode: { LIST: unknown };
  Action: { PICKED: string; CANCEL: string };
  Response: { ACTION: string; DOCUMENTS: string };
  Document: { ID: string; NAME: string; MIME_TYPE: string };
}

interface Gapi {
  load(name: string, options: { callback: () => void; onerror?: () => void; timeout?: number; ontimeout?: () => void }): void;
}

type PickerWindow = Window & { gapi?: Gapi; google?: { picker?: PickerNamespace; script?: { host?: { origin?: string; close?: () => void } } } };

const API_URL = "https://apis.google.com/js/api.js";

/** Word documents, and the formats people have instead (the server then says how to get a .docx). */
export const PICKABLE_TYPES = [
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/msword",
  "application/vnd.oasis.opendocument.text",
  "application/rtf",
  "application/pdf",
];

let loading: Promise<PickerNamespace> | null = null;

/** Loads gapi, then its "picker" module; a failure is retried by the next call. */
export function loadPicker(): Promise<PickerNamespace> {
  const w = window as PickerWindow;
  loading ??= new Promise<PickerNamespace>((resolve, reject) => {
    const ready = () => {
      const gapi = w.gapi;
      if (!gapi) return reject(new Error("gapi"));
      gapi.load("picker", {
        callback: () => (w.google?.picker ? resolve(w.google.picker) : reject(new Error("google.picker"))),
        onerror: () => reject(new Error("picker")),
        timeout: 20_000,
        ontimeout: () => reject(new Error("timeout")),
      });
    };
    if (w.gapi) return ready();
    const script = document.createElement("script");
    script.src = API_URL;
    script.async = true;
    script.onload = ready;
    script.onerror = () => reject(new Error(API_URL));
    document.head.append(script);
  }).catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

/** Shows the Picker for one Word document; resolves with what the person did. */
export function pickDocument(
  picker: PickerNamespace,
  config: { token: string; developerKey: string; appId: string; locale: string; title: string },
): Promise<PickerResult> {
  const w = window as PickerWindow;
  return new Promise((resolve) => {
    const view = new picker.DocsView(picker.ViewId.DOCS).setMimeTypes(PICKABLE_TYPES.join(",")).setIncludeFolders(true).setSelectFolderEnabled(false);
    const built = new picker.PickerBuilder()
      .addView(view)
      .setOAuthToken(config.token)
      .setDeveloperKey(config.developerKey)
      .setAppId(config.appId)
      .setOrigin(w.google?.script?.host?.origin ?? window.location.origin)
      .setLocale(config.locale)
      .setTitle(config.title)
      .setSize(720, 440)
      .setCallback((data) => {
        const action = data[picker.Response.ACTION];
        if (action === picker.Action.PICKED) {
          const docs = ((data[picker.Response.DOCUMENTS] as Record<string, unknown>[] | undefined) ?? []).map((d) => ({
            id: String(d[picker.Document.ID] ?? ""),
            name: String(d[picker.Document.NAME] ?? ""),
            mimeType: typeof d[picker.Document.MIME_TYPE] === "string" ? (d[picker.Document.MIME_TYPE] as string) : undefined,
          }));
          resolve({ action: "picked", docs });
        } else if (action === picker.Action.CANCEL) resolve({ action: "cancel", docs: [] });
      })
      .build();
    built.setVisible(true);
  });
}

/** Closes the dialog (google.script.host), when there is one. */
export function closeDialog(): void {
  (window as PickerWindow).google?.script?.host?.close?.();
}
