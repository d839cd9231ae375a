import fc from 'fast-check';
import { fixture } from '../support/multipart.js';
import { activePdf, cleanPdf } from './pdf-samples.js';

/** A multipart request as raw headers and bytes, possibly broken anywhere. */
export interface RawMultipart {
  contentType: string;
  payload: Buffer;
}

/** File contents: real files of each accepted type, PDFs with active content, and bytes that only start like one. */
const fileBytes: fc.Arbitrary<Buffer> = fc.oneof(
  fc.constantFrom(
    fixture('licence.jpg'),
    fixture('licence.pdf'),
    fixture('storefront.png'),
    cleanPdf(),
    activePdf('/JavaScript'),
    activePdf('/Launch'),
    activePdf('/EmbeddedFile'),
    Buffer.alloc(0),
    Buffer.from('%PDF-'),
    Buffer.from('%PDF-1.7\n/JavaScri'),
    Buffer.from([0xff, 0xd8, 0xff]),
    Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    Buffer.from('MZ\x90\x00'),
  ),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(bytes)])),
);

const fileName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('licence.pdf', '../../etc/passwd', 'C:\\x\\营业执照.pdf', 'licence\u202Efdp.exe', 'a\u0000b.pdf', '', '.', '..', '"', 'a";b=".pdf', 'x'.repeat(2000), '\ud800.pdf'),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

const boundary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('b', '----pos1234', 'x'.repeat(71), 'x'.repeat(5000), ' ', '"', '--', 'a b', 'é', 'b\r\nX-Injected: 1'),
  fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !/[\r\n]/.test(s)),
);

interface Part {
  headers: string;
  body: Buffer;
}

const filePart: fc.Arbitrary<Part> = fc
  .record({ name: fileName, bytes: fileBytes, field: fc.constantFrom('file', 'file', 'file', 'other', ''), type: fc.constantFrom('application/pdf', 'image/jpeg', 'application/octet-stream', '', 'text/html') })
  .map(({ name, bytes, field, type }) => ({
    headers: `Content-Disposition: form-data; name="${field}"; filename="${name}"${type ? `\r\nContent-Type: ${type}` : ''}`,
    body: bytes,
  }));

const oddPart: fc.Arbitrary<Part> = fc.oneof(
  fc.constant({ headers: 'Content-Disposition: form-data; name="note"', body: Buffer.from('abc') }),
  fc.constant({ headers: 'Content-Disposition: form-data', body: Buffer.from('no name') }),
  fc.constant({ headers: 'Content-Disposition: attachment; filename=', body: Buffer.from('x') }),
  fc.constant({ headers: '', body: Buffer.from('no headers at all') }),
  fc.constant({ headers: 'Content-Disposition: form-data; name="file"; filename*=UTF-8\'\'%E8%90%A5.pdf', body: cleanPdf() }),
  fc.constant({ headers: `X-Long: ${'h'.repeat(20_000)}`, body: Buffer.from('x') }),
  fc.string({ unit: 'binary', maxLength: 40 }).map((headers) => ({ headers, body: Buffer.from('x') })),
);

/** Ways a body can end: properly, without its closing delimiter, cut anywhere, or with garbage after it. */
type Ending = 'proper' | 'noClose' | 'cut' | 'trailing' | 'noCrlf';

/** A whole multipart request: declared boundary and content type, parts, and how it is spoiled. */
export const hostileMultipart: fc.Arbitrary<RawMultipart> = fc
  .record({
    boundary,
    declared: fc.constantFrom('same', 'same', 'same', 'none', 'empty', 'quoted', 'other', 'twice', 'mixed'),
    parts: fc.array(fc.oneof({ weight: 3, arbitrary: filePart }, { weight: 1, arbitrary: oddPart }), { maxLength: 8 }),
    ending: fc.constantFrom<Ending>('proper', 'proper', 'noClose', 'cut', 'trailing', 'noCrlf'),
    cutAt: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ boundary: b, declared, parts, ending, cutAt }) => {
    const contentType = {
      same: `multipart/form-data; boundary=${b}`,
      none: 'multipart/form-data',
      empty: 'multipart/form-data; boundary=',
      quoted: `multipart/form-data; boundary="${b}"`,
      other: 'multipart/form-data; boundary=not-the-one-used',
      twice: `multipart/form-data; boundary=${b}; boundary=second`,
      mixed: `multipart/mixed; boundary=${b}`,
    }[declared];
    const crlf = ending === 'noCrlf' ? '\n' : '\r\n';
    const chunks: Buffer[] = [];
    for (const part of parts) chunks.push(Buffer.from(`--${b}${crlf}${part.headers}${crlf}${crlf}`), part.body, Buffer.from(crlf));
    if (ending !== 'noClose') chunks.push(Buffer.from(`--${b}--${crlf}`));
    if (ending === 'trailing') chunks.push(Buffer.from('garbage after the end\u0000'));
    let payload = Buffer.concat(chunks);
    if (ending === 'cut') payload = payload.subarray(0, Math.floor(payload.length * cutAt));
    return { contentType, payload };
  });
