import fc from "fast-check";
import JSZip from "jszip";
import { DOCX_LIMITS, readZipDirectory } from "../../../core/docx";
import type { DocTable } from "../../../core/grid";
import { readDocxBytes } from "../../../hosts/docx";
import { doc, p, pack, table } from "../../core/docx/wordml";

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf16 = (s: string) => Uint8Array.from(Array.from(s).flatMap((c) => [c.charCodeAt(0), 0]));
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound file's first bytes with a directory entry name somewhere after the header. */
function compound(stream: string): Uint8Array {
  const out = new Uint8Array(2048);
  out.set(CFB, 0);
  out.set(utf16("Root Entry"), 1024);
  out.set(utf16(stream), 1152);
  return out;
}

const simple = () => doc(`${p("KẾ HOẠCH", '<w:jc w:val="center"/>')}${table(1, 2, [{ top: 0, left: 0, bottom: 0, right: 0, text: "TT" }, { top: 0, left: 1, bottom: 0, right: 1, text: "Chỉ tiêu" }])}`);

/** Central-directory record of an entry, to alter what the file claims about it. */
function centralRecord(bytes: Uint8Array, name: string): number {
  const dir = readZipDirectory(bytes);
  if (!dir.entries) throw new Error("not a zip");
  const target = new TextEncoder().encode(name);
  for (let i = bytes.length - 46; i >= 0; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x01 && bytes[i + 3] === 0x02) {
      const len = bytes[i + 28] | (bytes[i + 29] << 8);
      if (len === target.length && target.every((b, j) => bytes[i + 46 + j] === b)) return i;
    }
  }
  throw new Error(`no central record for ${name}`);
}

const put32 = (b: Uint8Array, at: number, v: number) => {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
  b[at + 2] = (v >>> 16) & 0xff;
  b[at + 3] = (v >>> 24) & 0xff;
};

describe("readDocxBytes", () => {
  it("reads a document through its relationships (numbering and styles included)", async () => {
    const bytes = await pack({
      document: doc('<w:p><w:pPr><w:pStyle w:val="Muc"/></w:pPr><w:r><w:t>Y tế</w:t></w:r></w:p>'),
      styles: '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Muc"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>',
      numbering:
        '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>',
    });
    const r = await readDocxBytes(bytes, "kh.docx");
    expect(r.error).toBeNull();
    expect(r.document?.blocks).toEqual([{ kind: "paragraph", text: "I. Y tế", align: "left", pageBreakBefore: false }]);
  });

  it("follows a main part that is not word/document.xml", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>');
    zip.file("word/document2.xml", simple());
    const r = await readDocxBytes(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }), "x.docx");
    expect((r.document?.blocks[1] as DocTable).grid).toEqual([["TT", "Chỉ tiêu"]]);
  });

  it.each([
    ["a Word 97–2003 .doc", compound("WordDocument"), "docx.legacyDoc", "Lưu thành"],
    ["a password-protected .docx", compound("EncryptedPackage"), "docx.password", "mật khẩu"],
    ["an old Excel .xls", compound("Workbook"), "docx.spreadsheet", "bảng tính"],
    ["another old Office file", compound("PowerPoint Document"), "docx.legacyOffice", ".docx"],
    ["a PDF", ascii("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "docx.pdf", "Tải về"],
    ["RTF", ascii("{\\rtf1\\ansi Kế hoạch}"), "docx.otherText", "RTF"],
    ["a web page saved as .doc", ascii("<html xmlns:w='urn:schemas-microsoft-com:office:word'><body>x</body></html>"), "docx.otherText", "HTML"],
    ["Word 2003 XML", ascii('<?xml version="1.0"?><w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"/>'), "docx.otherText", "Word 2003 XML"],
    ["plain text", ascii("Kế hoạch 328"), "docx.notWord", "không phải tài liệu Word"],
    ["nothing", new Uint8Array(0), "docx.notWord", "không phải tài liệu Word"],
  ])("%s gets a message saying how to get a .docx", async (_what, bytes, code, words) => {
    const r = await readDocxBytes(bytes, "kh.doc");
    expect(r.document).toBeNull();
    expect(r.error?.code).toBe(code);
    expect(r.error?.vi).toContain(words);
    expect(r.error?.vi).toContain("kh.doc");
  });

  it("tells an .odt, an .ods and an .xlsx from a .docx", async () => {
    const odf = async (mime: string) => {
      const zip = new JSZip();
      zip.file("mimetype", mime, { compression: "STORE" });
      zip.file("content.xml", "<office:document-content/>");
      return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    };
    expect((await readDocxBytes(await odf("application/vnd.oasis.opendocument.text"), "a.odt")).error?.code).toBe("docx.odt");
    expect((await readDocxBytes(await odf("application/vnd.oasis.opendocument.spreadsheet"), "a.ods")).error?.code).toBe("docx.spreadsheet");
    const xlsx = new JSZip();
    xlsx.file("[Content_Types].xml", "<Types/>");
    xlsx.file("xl/workbook.xml", "<workbook/>");
    expect((await readDocxBytes(await xlsx.generateAsync({ type: "uint8array" }), "a.docx")).error?.code).toBe("docx.spreadsheet");
    const other = new JSZip();
    other.file("readme.txt", "x");
    expect((await readDocxBytes(await other.generateAsync({ type: "uint8array" }), "a.docx")).error?.code).toBe("docx.notWord");
  });

  it("says a truncated or tampered file is damaged", async () => {
    const bytes = await pack({ document: simple() });
    expect((await readDocxBytes(bytes.subarray(0, bytes.length - 30), "x.docx")).error?.code).toBe("docx.corrupt");
    const crc = bytes.slice();
    put32(crc, centralRecord(crc, "word/document.xml") + 16, 12345);
    const r = await readDocxBytes(crc, "x.docx");
    expect(r.error?.code).toBe("docx.corrupt");
    expect(r.error?.vi).toContain("CRC");
    const noBody = new JSZip();
    noBody.file("[Content_Types].xml", "<Types/>");
    expect((await readDocxBytes(await noBody.generateAsync({ type: "uint8array" }), "x.docx")).error?.code).toBe("docx.noBody");
  });

  it("refuses before expanding: too large a file, too many entries, a part declared too large or compressed like a bomb", async () => {
    const bytes = await pack({ document: simple() });
    const small = { ...DOCX_LIMITS, maxFileBytes: 100 };
    expect((await readDocxBytes(bytes, "x.docx", small)).error?.code).toBe("docx.tooLarge");
    const many = await pack({ document: simple() }, Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`word/media/image${i}.png`, "x"])));
    const r = await readDocxBytes(many, "x.docx", { ...DOCX_LIMITS, maxEntries: 8 });
    expect(r.error?.code).toBe("docx.tooManyParts");
    expect(r.error?.vi).toContain("giới hạn 8");

    const spaces = " ".repeat(3 * 1024 * 1024);
    const bomb = await pack({ document: doc(p(`x${spaces}`)) });
    const tight = await readDocxBytes(bomb, "x.docx", { ...DOCX_LIMITS, maxPartBytes: 1024 * 1024 });
    expect(tight.error?.code).toBe("docx.bomb");
    expect(tight.error?.vi).toContain("word/document.xml");
    const ratio = await readDocxBytes(bomb, "x.docx", { ...DOCX_LIMITS, maxRatio: 50 });
    expect(ratio.error?.code).toBe("docx.bomb");
    // Within the limits, the same file reads.
    expect((await readDocxBytes(bomb, "x.docx")).error).toBeNull();
  });

  it("stops expanding a part that inflates past its declared size", async () => {
    const bytes = (await pack({ document: doc(p(`x${" ".repeat(200_000)}`)) })).slice();
    put32(bytes, centralRecord(bytes, "word/document.xml") + 24, 1000);
    const r = await readDocxBytes(bytes, "x.docx");
    expect(r.error?.code).toBe("docx.bomb");
  });

  it("never throws on random bytes or a damaged package", async () => {
    const good = await pack({ document: simple() });
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.integer({ min: 0, max: good.length - 1 }), fc.integer({ min: 0, max: 255 }), async (junk, at, value) => {
        const r1 = await readDocxBytes(junk, "x.docx");
        expect(r1.document === null).toBe(r1.error !== null);
        const hurt = good.slice();
        hurt[at] = value;
        const r2 = await readDocxBytes(hurt, "x.docx");
        expect(r2.document === null).toBe(r2.error !== null);
      }),
      { numRuns: 150 },
    );
  });
});
