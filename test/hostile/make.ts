// Bad inputs, made byte by byte inside the tests (nothing downloaded, nothing committed):
// minimal PDFs (text, no text, encrypted, a stream that inflates to megabytes), ZIP packages
// (a .docx, one without its document part, one whose entry inflates far beyond its size).
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';

const latin1 = (s: string): Buffer => Buffer.from(s, 'latin1');

/** A PDF from its objects' bodies (object n is bodies[n-1]), with a correct xref table and trailer. */
function pdfOf(bodies: readonly (string | Buffer)[], trailerExtra = ''): Buffer {
  const parts: Buffer[] = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  const offsets: number[] = [];
  let size = parts[0]?.length ?? 0;
  bodies.forEach((body, i) => {
    offsets.push(size);
    const chunk = Buffer.concat([latin1(`${i + 1} 0 obj\n`), typeof body === 'string' ? latin1(body) : body, latin1('\nendobj\n')]);
    parts.push(chunk);
    size += chunk.length;
  });
  const xref = [`xref\n0 ${bodies.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(latin1(`${xref}trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${size}\n%%EOF\n`));
  return Buffer.concat(parts);
}

function stream(data: Buffer, dict = ''): Buffer {
  return Buffer.concat([latin1(`<< /Length ${data.length} ${dict}>>\nstream\n`), data, latin1('\nendstream')]);
}

/** A one-page PDF whose page draws `content` (a content stream), with Helvetica as /F1. */
function onePage(content: Buffer, contentDict = '', trailerExtra = '', extra: readonly string[] = []): Buffer {
  return pdfOf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
      stream(content, contentDict),
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      ...extra,
    ],
    trailerExtra,
  );
}

const TEXT_OPS = latin1('BT /F1 14 Tf 72 700 Td (Work plan 2024: raise the pass rate to 95 percent by June.) Tj ET');

/** A readable PDF with a line of (Latin) text. */
export function textPdf(): Buffer {
  return onePage(TEXT_OPS);
}

/** A PDF whose page only draws a rectangle: no text layer (as a scan). */
export function noTextPdf(): Buffer {
  return onePage(latin1('0 0 1 rg 100 100 200 200 re f'));
}

/** A PDF whose only page content stream inflates to `bytes` bytes of blanks. */
export function bombPdf(bytes: number): Buffer {
  return onePage(deflateSync(Buffer.concat([TEXT_OPS, Buffer.alloc(bytes, 0x20)]), { level: 9 }), '/Filter /FlateDecode ');
}

/** A PDF with a standard security handler whose user password is not empty. */
export function encryptedPdf(): Buffer {
  const hex = (n: number): string => Buffer.alloc(32, n).toString('hex');
  return onePage(TEXT_OPS, '', `/Encrypt 6 0 R /ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>] `, [`<< /Filter /Standard /V 1 /R 2 /O <${hex(0x41)}> /U <${hex(0x42)}> /P -4 >>`]);
}

interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
  /** Override the uncompressed size written in the headers (a lying bomb). */
  readonly declaredSize?: number;
}

/** A ZIP archive of deflated entries. */
export function zipOf(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const packed = deflateRawSync(e.data, { level: 9 });
    const size = e.declaredSize ?? e.data.length;
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** word/document.xml with one paragraph per line. */
export function documentXml(lines: readonly string[], padding = 0): Buffer {
  const body = lines.map((l) => `<w:p><w:r><w:t>${l}</w:t></w:r></w:p>`).join('');
  return Buffer.concat([Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}`), Buffer.alloc(padding, 0x20), Buffer.from('</w:body></w:document>')]);
}

/** A .docx whose document part inflates to `bytes` bytes; `lie`: its headers say it is small. */
export function bombDocx(bytes: number, lie = false): Buffer {
  return zipOf([{ name: 'word/document.xml', data: documentXml(['一、总体要求'], bytes), ...(lie ? { declaredSize: 1000 } : {}) }]);
}
