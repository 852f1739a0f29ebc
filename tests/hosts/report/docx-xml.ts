import JSZip from "jszip";
import { SaxesParser } from "saxes";

/** The parts of a .docx package as text. */
export async function docxParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out.set(name, await zip.file(name)!.async("string"));
  return out;
}

/** Paragraph texts of a WordprocessingML part (w:t joined, w:br as "\n"), throwing on XML that is not well-formed. */
export function paragraphTexts(xml: string): string[] {
  const parser = new SaxesParser({ xmlns: false });
  const out: string[] = [];
  let current: string | null = null;
  let inText = false;
  parser.on("opentag", (tag) => {
    if (tag.name === "w:p") current = "";
    else if (tag.name === "w:t") inText = true;
    else if (tag.name === "w:br" && current !== null) current += "\n";
    else if (tag.name === "w:tab" && current !== null) current += "\t";
  });
  parser.on("closetag", (tag) => {
    if (tag.name === "w:p") {
      if (current !== null) out.push(current);
      current = null;
    } else if (tag.name === "w:t") inText = false;
  });
  parser.on("text", (t) => {
    if (inText && current !== null) current += t;
  });
  parser.write(xml).close();
  return out;
}
