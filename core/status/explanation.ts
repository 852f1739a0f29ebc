import { msgText, templateParts, type Lang, type Message, type MessageCode } from "../i18n";
import type { Note } from "./format";

/**
 * Explanations of numeric statuses, built from positional values. A 100k-row plan gets one per
 * indicator × milestone, so instead of a params object per language and a keyed lookup per
 * placeholder, the caller writes each value once into a slot (both languages side by side) and
 * each text is joined in one go from the template's pre-split parts, notes included. The texts
 * are exactly what msgText + noted give (tests compare the two).
 */
export const SLOT = {
  year: 0,
  value: 1,
  milestone: 2,
  target: 3,
  baselineYear: 4,
  baseline: 5,
  method: 6,
  projected: 7,
  ratio: 8,
  cutoff: 9,
} as const;
const SLOT_COUNT = 10;

/** The values of the slots, per language; callers fill what their template uses. */
export const slotsVi: string[] = new Array<string>(SLOT_COUNT).fill("");
export const slotsEn: string[] = new Array<string>(SLOT_COUNT).fill("");

/** A template as literals and slot numbers; a placeholder without a slot stays as written. */
interface SlotTemplate {
  literals: readonly string[];
  slots: readonly number[];
  /** `{name}` for placeholders without a slot (fill keeps unknown placeholders as written). */
  raw: readonly string[];
}

const templates = new Map<string, { vi: SlotTemplate; en: SlotTemplate }>();

function slotTemplate(code: MessageCode, lang: Lang): SlotTemplate {
  let t = templates.get(code);
  if (t === undefined) {
    t = { vi: compileSlots(code, "vi"), en: compileSlots(code, "en") };
    templates.set(code, t);
  }
  return t[lang];
}

function compileSlots(code: MessageCode, lang: Lang): SlotTemplate {
  {
    const parts = templateParts(code, lang);
    const literals: string[] = [parts[0]];
    const slots: number[] = [];
    const raw: string[] = [];
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i];
      slots.push(Object.prototype.hasOwnProperty.call(SLOT, name) ? SLOT[name as keyof typeof SLOT] : -1);
      raw.push(`{${name}}`);
      literals.push(parts[i + 1]);
    }
    return { literals, slots, raw };
  }
}

/** Note texts by note object (notes are shared constants or cached per year). */
const noteTexts = new WeakMap<Note, { vi: string; en: string }>();

function noteText(note: Note, lang: Lang): string {
  let t = noteTexts.get(note);
  if (t === undefined) {
    t = { vi: msgText(note.code, note.params("vi"), "vi"), en: msgText(note.code, note.params("en"), "en") };
    noteTexts.set(note, t);
  }
  return t[lang];
}

// One scratch array for the pieces of the text being joined (join builds a flat string, not a rope).
const pieces: string[] = [];

function render(code: MessageCode, lang: Lang, values: readonly string[], notes: readonly Note[]): string {
  const t = slotTemplate(code, lang);
  const { literals, slots, raw } = t;
  let k = 0;
  pieces[k++] = literals[0];
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i];
    pieces[k++] = s >= 0 ? values[s] : raw[i];
    pieces[k++] = literals[i + 1];
  }
  if (notes.length > 0) {
    // noted(): "<line> " + status.notes with {notes} = the note texts joined by "; ".
    pieces[k++] = " ";
    const n = slotTemplate("status.notes", lang);
    pieces[k++] = n.literals[0];
    for (let i = 0; i < n.slots.length; i++) {
      if (n.raw[i] === "{notes}") {
        for (let j = 0; j < notes.length; j++) {
          if (j > 0) pieces[k++] = "; ";
          pieces[k++] = noteText(notes[j], lang);
        }
      } else pieces[k++] = n.raw[i];
      pieces[k++] = n.literals[i + 1];
    }
  }
  pieces.length = k;
  return pieces.join("");
}

/** The explanation in both languages from the slots as filled, with the notes appended. */
export function slotExplanation(code: MessageCode, notes: readonly Note[]): Message {
  return { code, vi: render(code, "vi", slotsVi, notes), en: render(code, "en", slotsEn, notes) };
}
