import PDFDocument from 'pdfkit';
import { PDFDocument as PdfLibDocument } from 'pdf-lib';
import { PDF_FONTS } from './pdf-fonts.js';

export interface FeeTableRow {
  item: string;
  itemEn: string;
  value: string;
}

export interface AgreementPdfContent {
  reference: string;
  title: string;
  titleEn: string;
  body: string;
  bodyEn: string;
  /** e.g. 2026年11月25日 */
  dateText: string;
  feeScheduleVersion: number;
  feeRows: FeeTableRow[];
  feeNotes: string;
}

export interface SignatureFacts {
  reference: string;
  applicationReference: string;
  providerName: string;
  merchantName: string;
  documentSha256: string;
  signedName: string;
  signedAt: string;
  signedIp: string;
  signedUserAgent: string;
  acknowledgements: string[];
  countersignedBy: string;
  countersignedAt: string;
}

const MARGIN = 56;
const INK = '#1f2329';
const MUTED = '#646a73';

function newDocument(info: { Title: string; Subject: string }): PDFKit.PDFDocument {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, info: { ...info, Creator: 'POS Merchant Portal', Producer: 'POS Merchant Portal' } });
  doc.registerFont('sc', PDF_FONTS.regular);
  doc.registerFont('sc-bold', PDF_FONTS.bold);
  doc.font('sc').fillColor(INK);
  return doc;
}

function finish(doc: PDFKit.PDFDocument, reference: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      // The footer sits in the bottom margin; with the margin in force pdfkit would open a new page for it.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.font('sc').fontSize(8).fillColor(MUTED).text(`${reference}  ·  第 ${i + 1} / ${range.count} 页`, MARGIN, doc.page.height - MARGIN + 16, {
        width: doc.page.width - 2 * MARGIN,
        align: 'center',
        lineBreak: false,
      });
      doc.page.margins.bottom = bottom;
    }
    doc.end();
  });
}

function heading(doc: PDFKit.PDFDocument, text: string, size = 16) {
  doc.font('sc-bold').fontSize(size).fillColor(INK).text(text, { align: 'center' });
  doc.moveDown(0.4);
}

function paragraphs(doc: PDFKit.PDFDocument, text: string, size = 10.5) {
  doc.font('sc').fontSize(size).fillColor(INK);
  for (const paragraph of text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean)) {
    doc.text(paragraph, { align: 'justify', lineGap: 3, paragraphGap: 6 });
  }
}

function feeTable(doc: PDFKit.PDFDocument, rows: FeeTableRow[]) {
  const width = doc.page.width - 2 * MARGIN;
  const columns = [width * 0.34, width * 0.36, width * 0.3];
  const rowHeight = 22;
  const draw = (cells: string[], bold: boolean) => {
    if (doc.y + rowHeight > doc.page.height - MARGIN) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    cells.forEach((cell, index) => {
      doc.rect(x, y, columns[index]!, rowHeight).strokeColor('#c9cdd4').lineWidth(0.6).stroke();
      doc.font(bold ? 'sc-bold' : 'sc').fontSize(9.5).fillColor(INK).text(cell, x + 6, y + 6, { width: columns[index]! - 12, lineBreak: false, ellipsis: true });
      x += columns[index]!;
    });
    doc.x = MARGIN;
    doc.y = y + rowHeight;
  };
  draw(['项目', 'Item', '费率 / 金额 Rate / amount'], true);
  for (const row of rows) draw([row.item, row.itemEn, row.value], false);
  doc.moveDown(0.6);
}

/** The agreement as the merchant reads and signs it: the filled template and the frozen fee schedule. */
export async function renderAgreementPdf(content: AgreementPdfContent): Promise<Buffer> {
  const doc = newDocument({ Title: `${content.title} ${content.reference}`, Subject: content.reference });
  heading(doc, content.title, 17);
  doc.font('sc').fontSize(9).fillColor(MUTED).text(`协议编号 Agreement No.: ${content.reference}    日期 Date: ${content.dateText}`, { align: 'center' });
  doc.moveDown(1);
  paragraphs(doc, content.body);

  doc.moveDown(0.8);
  heading(doc, `附件：手续费标准（费率表第 ${content.feeScheduleVersion} 版）`, 13);
  doc.font('sc').fontSize(9).fillColor(MUTED).text(`Annex: Fee schedule (version ${content.feeScheduleVersion})`, { align: 'center' });
  doc.moveDown(0.6);
  feeTable(doc, content.feeRows);
  if (content.feeNotes) paragraphs(doc, `说明：${content.feeNotes}`, 9.5);

  if (content.bodyEn.trim()) {
    doc.addPage();
    heading(doc, content.titleEn || 'Service agreement (English version)', 15);
    doc.font('sc').fontSize(9).fillColor(MUTED).text('For reference; the Chinese text governs.', { align: 'center' });
    doc.moveDown(1);
    paragraphs(doc, content.bodyEn, 10);
  }
  return finish(doc, content.reference);
}

/** The signature page: every fact recorded at signing, so the printed agreement carries its own evidence. */
async function renderSignaturePage(facts: SignatureFacts): Promise<Buffer> {
  const doc = newDocument({ Title: `签署页 ${facts.reference}`, Subject: facts.reference });
  heading(doc, '签署页  Signature page', 16);
  doc.moveDown(0.6);
  const line = (label: string, value: string) => {
    doc.font('sc-bold').fontSize(10).fillColor(INK).text(label, { continued: true }).font('sc').text(`  ${value}`, { lineGap: 4 });
  };
  line('协议编号 Agreement:', facts.reference);
  line('申请编号 Application:', facts.applicationReference);
  line('服务商（甲方）Provider:', facts.providerName);
  line('商户（乙方）Merchant:', facts.merchantName);
  doc.moveDown(0.6);
  line('乙方签署人 Signed by:', facts.signedName);
  line('签署时间 Signed at:', facts.signedAt);
  line('签署 IP:', facts.signedIp);
  line('浏览器 User agent:', facts.signedUserAgent);
  line('已确认 Acknowledged:', facts.acknowledgements.join('、'));
  line('所签文件 SHA-256 of the signed document:', '');
  doc.font('sc').fontSize(9).text(facts.documentSha256);
  doc.moveDown(0.6);
  line('甲方会签 Countersigned by:', facts.countersignedBy);
  line('会签时间 Countersigned at:', facts.countersignedAt);
  doc.moveDown(1);
  doc.font('sc').fontSize(9).fillColor(MUTED).text(
    '本协议以电子方式签署。任何人可在平台“协议验证”页面上传本文件，核验其是否为平台签发且未被修改的原件。\n' +
      'Signed electronically. Anyone can upload this file on the portal’s verification page to check that it is a genuine, unaltered agreement.',
    { lineGap: 3 },
  );
  return finish(doc, `${facts.reference} · 签署页`);
}

/** The executed agreement: the exact pages the merchant signed, followed by the signature page. */
export async function renderExecutedAgreement(signedPdf: Buffer, facts: SignatureFacts): Promise<Buffer> {
  const executed = await PdfLibDocument.load(signedPdf);
  const signaturePage = await PdfLibDocument.load(await renderSignaturePage(facts));
  for (const page of await executed.copyPages(signaturePage, signaturePage.getPageIndices())) executed.addPage(page);
  executed.setTitle(`${facts.reference}（已签署 executed）`);
  return Buffer.from(await executed.save());
}
