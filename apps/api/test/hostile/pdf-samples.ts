import { deflateSync } from 'node:zlib';

/**
 * Tiny PDFs written by hand, each a complete file a reader opens (catalog, one page, cross-reference table with true
 * offsets): a clean one, and ones carrying what a document for a review never needs (JavaScript, a launch action, an
 * embedded file), plainly or hidden in a compressed object stream or behind `#xx` escapes in a name.
 */
function pdf(objects: (string | Buffer)[], trailerExtra = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, index) => {
    offsets.push(length);
    const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n')]);
    parts.push(object);
    length += object.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailerExtra} >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

const pages = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>';
const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>';
const content = (text: string) => {
  const stream = Buffer.from(deflateSync(Buffer.from(`BT /F1 12 Tf 20 100 Td (${text}) Tj ET`)));
  return Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from('\nendstream')]);
};

/** One page, some text, an OpenAction that only opens the first page: nothing active. */
export function cleanPdf(): Buffer {
  return pdf(['<< /Type /Catalog /Pages 2 0 R /OpenAction [3 0 R /Fit] >>', pages, page, content('licence')]);
}

export type ActiveSample = '/JavaScript' | '/Launch' | '/EmbeddedFile' | 'escaped' | 'objectStream' | 'additionalActions';

/** A PDF whose catalog or page holds active content of the given kind. */
export function activePdf(kind: ActiveSample): Buffer {
  switch (kind) {
    case '/JavaScript':
      return pdf(['<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>', pages, page, content('hello'), '<< /S /JavaScript /JS (app.alert\\(1\\)) >>']);
    case '/Launch':
      return pdf(['<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>', pages, page, content('hello'), '<< /S /Launch /F (calc.exe) >>']);
    case '/EmbeddedFile': {
      const file = Buffer.from('MZ not really an exe');
      return pdf([
        '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(readme.exe) 5 0 R] >> >> >>',
        pages,
        page,
        content('hello'),
        '<< /Type /Filespec /F (readme.exe) /EF << /F 6 0 R >> >>',
        Buffer.concat([Buffer.from(`<< /Type /EmbeddedFile /Length ${file.length} >>\nstream\n`), file, Buffer.from('\nendstream')]),
      ]);
    }
    case 'escaped':
      // "/J#61vaScript" is the name /JavaScript to every reader.
      return pdf(['<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>', pages, page, content('hello'), '<< /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>']);
    case 'additionalActions':
      return pdf(['<< /Type /Catalog /Pages 2 0 R >>', pages, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /AA << /O 5 0 R >> >>', content('hello'), '<< /S /GoTo /D [3 0 R /Fit] >>']);
    case 'objectStream': {
      // The action lives in a compressed object stream: its bytes never appear in the file as written.
      const inner = '<< /S /JavaScript /JS (app.alert\\(1\\)) >>';
      const packed = Buffer.from(deflateSync(Buffer.from(`6 0 ${inner}`)));
      const objectStream = Buffer.concat([Buffer.from(`<< /Type /ObjStm /N 1 /First 4 /Length ${packed.length} /Filter /FlateDecode >>\nstream\n`), packed, Buffer.from('\nendstream')]);
      return pdf(['<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R >>', pages, page, content('hello'), objectStream]);
    }
  }
}
