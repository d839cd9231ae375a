/**
 * Reads generated PDFs back in tests: the text a reader would extract, and pages rendered to pixels.
 *
 * Built on MuPDF.js (`mupdf`, WebAssembly, installed from npm with no install script), so the tests need no system
 * tools such as poppler's pdftotext/pdftoppm. MuPDF.js is AGPL-3.0: it is a devDependency of apps/api used only
 * here, by the tests; nothing the API builds or ships imports it, and it must stay that way.
 */
import * as mupdf from 'mupdf';

type Bytes = Buffer | Uint8Array;

/** One character as MuPDF places it on the page (PDF points, y down). */
interface Glyph {
  c: string;
  x0: number;
  x1: number;
  baseline: number;
  size: number;
}

function withPage<T>(pdf: Bytes, page: number, read: (page: mupdf.Page) => T): T {
  const document = mupdf.Document.openDocument(pdf, 'application/pdf');
  try {
    const count = document.countPages();
    if (!Number.isInteger(page) || page < 1 || page > count) throw new RangeError(`page ${page} of a ${count}-page PDF`);
    const loaded = document.loadPage(page - 1);
    try {
      return read(loaded);
    } finally {
      loaded.destroy();
    }
  } finally {
    document.destroy();
  }
}

export function pageCount(pdf: Bytes): number {
  const document = mupdf.Document.openDocument(pdf, 'application/pdf');
  try {
    return document.countPages();
  } finally {
    document.destroy();
  }
}

/**
 * The text of one page, one printed line per text line, like `pdftotext -layout`: every glyph on the same baseline
 * is put on one line in reading order (left to right), whatever text object or table cell drew it, with a space
 * where the gap between two glyphs is wider than a narrow space. So a fee line such as "0.50%，单笔封顶 ¥25.00"
 * is found as written, and a label and its value drawn side by side stay together.
 */
function pageText(page: mupdf.Page): string {
  const glyphs: Glyph[] = [];
  const text = page.toStructuredText('preserve-whitespace');
  try {
    text.walk({
      onChar(c, origin, _font, size, quad) {
        const [ulx, , urx, , llx, , lrx] = quad;
        glyphs.push({ c, x0: Math.min(ulx, llx), x1: Math.max(urx, lrx), baseline: origin[1], size });
      },
    });
  } finally {
    text.destroy();
  }
  // Lines: glyphs whose baselines lie within a fifth of the font size of each other, top to bottom.
  glyphs.sort((a, b) => a.baseline - b.baseline);
  const lines: Glyph[][] = [];
  for (const glyph of glyphs) {
    const line = lines.at(-1);
    if (line && Math.abs(glyph.baseline - line[0]!.baseline) <= Math.max(1, 0.2 * Math.min(glyph.size, line[0]!.size))) line.push(glyph);
    else lines.push([glyph]);
  }
  return lines
    .map((line) => {
      line.sort((a, b) => a.x0 - b.x0);
      let out = '';
      let right = -Infinity;
      for (const glyph of line) {
        // A gap of more than a sixth of the font size reads as a space (unless the PDF drew one already).
        if (out && glyph.x0 - right > glyph.size / 6 && !out.endsWith(' ') && glyph.c !== ' ') out += ' ';
        out += glyph.c;
        right = Math.max(right, glyph.x1);
      }
      return out.replace(/\s+$/, '');
    })
    .join('\n');
}

/** The text of every page (or only of `pages`, 1-based), pages separated by a form feed as pdftotext does. */
export function pdfText(pdf: Bytes, pages?: number[]): string {
  const wanted = pages ?? Array.from({ length: pageCount(pdf) }, (_, i) => i + 1);
  return wanted.map((page) => withPage(pdf, page, pageText)).join('\n\f');
}

/** Renders page `page` (1-based) at `dpi`, grey or in colour, on white. */
function render(pdf: Bytes, page: number, dpi: number, colorspace: mupdf.ColorSpace): mupdf.Pixmap {
  return withPage(pdf, page, (loaded) => loaded.toPixmap(mupdf.Matrix.scale(dpi / 72, dpi / 72), colorspace, false));
}

/** The share of dark pixels (below mid-grey) on page `page` rendered in grey at `dpi`: 0 for a blank page. */
export function inkOnPage(pdf: Bytes, page: number, dpi = 40): number {
  const pixmap = render(pdf, page, dpi, mupdf.ColorSpace.DeviceGray);
  try {
    const [width, height, stride] = [pixmap.getWidth(), pixmap.getHeight(), pixmap.getStride()];
    const pixels = pixmap.getPixels();
    let dark = 0;
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (pixels[y * stride + x]! < 128) dark++;
    return dark / (width * height);
  } finally {
    pixmap.destroy();
  }
}

/** Page `page` (1-based) rendered in colour at `dpi`, as PNG bytes. */
export function pagePng(pdf: Bytes, page: number, dpi: number): Buffer {
  const pixmap = render(pdf, page, dpi, mupdf.ColorSpace.DeviceRGB);
  try {
    return Buffer.from(pixmap.asPNG());
  } finally {
    pixmap.destroy();
  }
}
