import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { activePdf, cleanPdf } from '../../../test/hostile/pdf-samples.js';
import { fixture } from '../../../test/support/multipart.js';
import { PDF_FONTS } from '../pdf/pdf-fonts.js';
import { PdfActiveContentScanner } from './pdf-active-content.js';

/** Scans bytes fed in the given chunk sizes (cycled), waiting whenever the scanner asks to. */
async function scan(bytes: Buffer, chunkSizes: number[] = [bytes.length || 1]): Promise<string[]> {
  const sut = new PdfActiveContentScanner();
  let offset = 0;
  for (let index = 0; offset < bytes.length; index += 1) {
    const size = Math.max(1, chunkSizes[index % chunkSizes.length]!);
    await sut.write(bytes.subarray(offset, offset + size));
    offset += size;
  }
  return sut.end();
}

const withStream = (dictionary: string, data: Buffer) => Buffer.concat([Buffer.from(`%PDF-1.7\n1 0 obj\n${dictionary}\nstream\r\n`), data, Buffer.from('\r\nendstream\nendobj\n%%EOF\n')]);

describe(PdfActiveContentScanner.name, () => {
  it('finds nothing in a plain PDF, a real one or a hand-made one with a compressed page', async () => {
    expect(await scan(cleanPdf())).toEqual([]);
    expect(await scan(fixture('licence.pdf'))).toEqual([]);
  });

  it('finds nothing in what a PDF library writes: compressed pages, an embedded font subset, a JPEG', async () => {
    const document = new PDFDocument({ compress: true });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise((resolve) => document.on('end', resolve));
    document.font(PDF_FONTS.regular).fontSize(14).text('营业执照 王记便利店 统一社会信用代码 91350100M000100Y43');
    document.image(fixture('licence.jpg'), { width: 200 });
    document.addPage().text('第二页');
    document.end();
    await ended;
    expect(await scan(Buffer.concat(chunks), [4096])).toEqual([]);
  });

  it.each([
    ['/JavaScript', ['JAVASCRIPT']],
    ['/Launch', ['LAUNCH_ACTION']],
    ['/EmbeddedFile', ['EMBEDDED_FILE']],
    ['escaped', ['JAVASCRIPT']],
    ['objectStream', ['JAVASCRIPT']],
    ['additionalActions', ['AUTOMATIC_ACTION']],
  ] as const)('finds %s', async (kind, found) => {
    expect(await scan(activePdf(kind))).toEqual(found);
  });

  it('finds the same fed one byte at a time, so a name or keyword cut by a chunk boundary still counts', async () => {
    for (const kind of ['/JavaScript', 'escaped', 'objectStream', '/EmbeddedFile'] as const) {
      expect(await scan(activePdf(kind), [1]), kind).toEqual(await scan(activePdf(kind)));
    }
    expect(await scan(cleanPdf(), [1])).toEqual([]);
  });

  it('finds the same in any chunking (property)', async () => {
    const samples = [cleanPdf(), activePdf('/JavaScript'), activePdf('objectStream'), activePdf('escaped'), activePdf('/Launch')];
    const expected = await Promise.all(samples.map((sample) => scan(sample)));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: samples.length - 1 }), fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 8 }), async (index, sizes) => {
        expect(await scan(samples[index]!, sizes)).toEqual(expected[index]);
      }),
      { numRuns: 60 },
    );
  });

  it('reads names, not text that contains them', async () => {
    expect(await scan(Buffer.from('%PDF-1.7\n<< /JavaScripts 1 /AAA 2 /JSON 3 /XFAB 4 >>\n'))).toEqual([]);
    expect(await scan(Buffer.from('%PDF-1.7\n<< /RichMediaContent 1 /XFA 2 >>\n'))).toEqual(['RICH_MEDIA', 'XFA_FORM']);
  });

  it('counts only long names in stream data that is not compressed, where short ones occur by chance', async () => {
    const image = Buffer.concat([randomBytes(200), Buffer.from('/JS /AA /XFA '), randomBytes(200)]);
    expect(await scan(withStream('<< /Subtype /Image /Filter /DCTDecode >>', image))).toEqual([]);
    const launch = Buffer.concat([randomBytes(100), Buffer.from(' /Launch '), randomBytes(100)]);
    expect(await scan(withStream('<< /Length 209 >>', launch))).toEqual(['LAUNCH_ACTION']);
  });

  it('reads names after a stream again, in any chunking', async () => {
    const bytes = Buffer.concat([withStream('<< /Length 5 >>', Buffer.from('hello')), Buffer.from('2 0 obj << /S /JavaScript >> endobj\n')]);
    for (const sizes of [[bytes.length], [1], [3, 7], [11]]) expect(await scan(bytes, sizes)).toEqual(['JAVASCRIPT']);
  });

  it('stops inflating a compression bomb at its budget, in bounded time, and still reads what follows it', async () => {
    const bomb = deflateSync(Buffer.alloc(100 * 1024 * 1024));
    const bytes = Buffer.concat([withStream('<< /Filter /FlateDecode >>', bomb), Buffer.from('2 0 obj << /S /Launch >> endobj\n')]);
    const started = Date.now();
    expect(await scan(bytes, [64 * 1024])).toEqual(['LAUNCH_ACTION']);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 20_000);
});
