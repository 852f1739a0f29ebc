/**
 * office-addin-mock needs only the `OfficeApp` enum from office-addin-manifest, whose import
 * chain pulls in ESM-only packages Jest cannot require. Under Jest, swap in this enum before
 * office-addin-mock loads; the browser harness build aliases the package to this file instead.
 */
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}

declare const jest: { mock: (name: string, factory: () => unknown) => void } | undefined;
if (typeof jest !== "undefined") jest.mock("office-addin-manifest", () => ({ OfficeApp }));
