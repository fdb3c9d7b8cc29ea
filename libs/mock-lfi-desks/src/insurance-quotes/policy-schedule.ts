import { createHash } from 'node:crypto';

/** AEDocumentProperties: a document the insurer hands over through the hub. */
export interface InsuranceDocument {
  Type: string;
  FileName: string;
  ContentType: 'application/pdf';
  Content: string;
  HashType: 'SHA256';
  Hash: string;
  AdditionalInformation?: string;
}

/** PDF text must escape its string delimiters and stay in the standard fonts' Latin-1 range. */
function pdfText(line: string): string {
  return line.replace(/[^\x20-\x7e]/g, '?').replace(/([\\()])/g, '\\$1');
}

/**
 * A one-page PDF policy schedule: the lines as plain text in Helvetica. Small, but a real PDF a
 * viewer opens, with the byte offsets its cross-reference table needs.
 */
export function policyScheduleDocument(fileName: string, lines: string[]): InsuranceDocument {
  const text = lines.map((line, i) => `BT /F1 ${i === 0 ? 16 : 11} Tf 56 ${780 - i * 22} Td (${pdfText(line)}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = Buffer.byteLength(pdf, 'latin1');
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const bytes = Buffer.from(pdf, 'latin1');
  return {
    Type: 'Policy Schedule',
    FileName: fileName,
    ContentType: 'application/pdf',
    Content: bytes.toString('base64'),
    HashType: 'SHA256',
    Hash: createHash('sha256').update(bytes).digest('hex'),
  };
}
