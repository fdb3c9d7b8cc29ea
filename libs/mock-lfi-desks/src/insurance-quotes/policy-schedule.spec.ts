import { createHash } from 'node:crypto';
import { policyScheduleDocument } from './policy-schedule';

describe('policy schedule', () => {
  it('is a PDF whose hash is the SHA-256 of its bytes, with text escaped', () => {
    const doc = policyScheduleDocument('GI-MOT-2026-0000001-schedule.pdf', ['Dune Insurance - Policy Schedule', 'Plan: Motor (Plus) \\ Oman']);
    const bytes = Buffer.from(doc.Content, 'base64');
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(bytes.toString('latin1')).toContain('(Plan: Motor \\(Plus\\) \\\\ Oman)');
    expect(bytes.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    expect(doc.Hash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(doc).toMatchObject({ ContentType: 'application/pdf', HashType: 'SHA256', Type: 'Policy Schedule' });
  });

  it('points its cross-reference table at each object', () => {
    const pdf = Buffer.from(policyScheduleDocument('x.pdf', ['Title']).Content, 'base64').toString('latin1');
    const offsets = [...pdf.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    offsets.forEach((offset, i) => expect(pdf.slice(offset).startsWith(`${i + 1} 0 obj\n`)).toBe(true));
    expect(pdf.slice(Number(/startxref\n(\d+)/.exec(pdf)![1])).startsWith('xref')).toBe(true);
  });
});
