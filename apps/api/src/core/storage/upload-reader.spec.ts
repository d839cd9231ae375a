import { describe, expect, it } from 'vitest';
import { sanitizeDisplayName } from './upload-reader.js';

describe(sanitizeDisplayName.name, () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\x\\营业执照.pdf', '营业执照.pdf'],
    ['licence\u202Efdp.exe', 'licencefdp.exe'],
    ['\u2066photo\u2069.jpg', 'photo.jpg'],
    ['a\u200Fb\u200E.png', 'ab.png'],
    ['tab\tand\u0000nul.pdf', 'tabandnul.pdf'],
    ['...hidden', 'hidden'],
    ['', 'file'],
    [undefined, 'file'],
  ])('shows %j as %j', (raw, shown) => {
    expect(sanitizeDisplayName(raw)).toBe(shown);
  });

  it('keeps the end of a very long name, where the extension is', () => {
    expect(sanitizeDisplayName(`${'长'.repeat(200)}.pdf`)).toHaveLength(120);
    expect(sanitizeDisplayName(`${'长'.repeat(200)}.pdf`).endsWith('.pdf')).toBe(true);
  });
});
