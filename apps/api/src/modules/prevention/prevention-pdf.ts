import type { EmergencyContact, SignSize } from '@pos/shared';
import PDFDocument from 'pdfkit';
import { PDF_FONTS } from '../../core/pdf/pdf-fonts.js';

const INK = '#1f2329';
const MUTED = '#646a73';
const ACCENT = '#c0392b';
const RULE = '#dee0e3';

export interface EmergencyPlanPdfContent {
  merchantName: string;
  fallbackPayment: string;
  contacts: EmergencyContact[];
  steps: string;
  providerHotline: string | null;
  /** e.g. 2026-11-25 */
  updatedOn: string;
}

export interface SignHotline {
  name: string;
  nameEn: string;
  phone: string;
}

function newDocument(size: SignSize, margin: number, title: string): PDFKit.PDFDocument {
  // One page, no automatic page breaks: the layouts below are sized to fit.
  const doc = new PDFDocument({ size, margin, autoFirstPage: true, info: { Title: title, Creator: 'POS Merchant Portal', Producer: 'POS Merchant Portal' } });
  doc.registerFont('sc', PDF_FONTS.regular);
  doc.registerFont('sc-bold', PDF_FONTS.bold);
  doc.font('sc').fillColor(INK);
  return doc;
}

/**
 * A Chinese heading with its English beside it in a smaller grey type, on one baseline-ish line. Drawn as two
 * texts, because pdfkit's `continued` takes the line height of the last (smaller) run and the next line would
 * overlap the heading. Returns the y below the heading.
 */
function headingPair(doc: PDFKit.PDFDocument, zh: string, en: string, x: number, y: number, zhSize: number, enSize: number): number {
  doc.font('sc-bold').fontSize(zhSize).fillColor(INK).text(zh, x, y, { lineBreak: false });
  const zhWidth = doc.widthOfString(zh);
  const zhHeight = doc.currentLineHeight(true);
  doc.font('sc').fontSize(enSize).fillColor(MUTED).text(en, x + zhWidth + enSize * 0.6, y + (zhSize - enSize) * 0.9, { lineBreak: false });
  doc.fillColor(INK);
  return y + zhHeight;
}

function toBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/**
 * The merchant's emergency plan on one A4 page, for the wall behind the till: what to take payment with while the
 * terminal is down, whom to call, and the steps. Field lengths are capped by the API so the page always fits; the
 * text shrinks a step when a long plan would otherwise run over.
 */
export async function renderEmergencyPlanPdf(content: EmergencyPlanPdfContent): Promise<Buffer> {
  const margin = 48;
  const doc = newDocument('A4', margin, 'POS 终端应急预案 / POS terminal emergency plan');
  const width = doc.page.width - 2 * margin;
  const steps = content.steps.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const long = content.steps.length + content.fallbackPayment.length > 900 || steps.length > 12;
  const body = long ? 9.5 : 11;

  doc.rect(0, 0, doc.page.width, 8).fill(ACCENT);
  doc.fillColor(INK).font('sc-bold').fontSize(22).text('POS 终端应急预案', margin, margin, { width, align: 'center' });
  doc.font('sc').fontSize(11).fillColor(MUTED).text('POS terminal emergency plan', { width, align: 'center' });
  doc.moveDown(0.3).fontSize(10).text(`${content.merchantName}  ·  更新于 Updated ${content.updatedOn}`, { width, align: 'center' });
  doc.moveDown(0.8);

  const section = (zh: string, en: string) => {
    const y = doc.y + 12;
    doc.rect(margin, y + 2, 4, 16).fill(ACCENT);
    doc.y = headingPair(doc, zh, en, margin + 12, y, 13, 9.5) + 4;
    doc.fillColor(INK).font('sc').fontSize(body);
  };

  section('一、终端故障时的备用收款方式', 'Taking payment while the terminal is down');
  doc.text(content.fallbackPayment, margin + 12, doc.y, { width: width - 12 });

  section('二、服务商客服热线', 'Provider service hotline');
  doc.font('sc-bold').fontSize(16).fillColor(ACCENT).text(content.providerHotline ?? '—', margin + 12, doc.y, { width: width - 12 });
  doc.font('sc').fontSize(body).fillColor(INK);

  section('三、紧急联系人', 'Who to call');
  if (content.contacts.length === 0) doc.fillColor(MUTED).text('（未填写 Not filled in）', margin + 12, doc.y);
  else {
    const columns = [
      { zh: '姓名 Name', x: margin + 12, w: 150 },
      { zh: '职责 Role', x: margin + 170, w: 150 },
      { zh: '电话 Phone', x: margin + 330, w: width - 330 },
    ];
    const headerY = doc.y;
    doc.font('sc-bold').fontSize(9.5).fillColor(MUTED);
    for (const column of columns) doc.text(column.zh, column.x, headerY, { width: column.w });
    let y = headerY + 16;
    doc.moveTo(margin + 12, y - 3).lineTo(margin + width, y - 3).lineWidth(0.5).strokeColor(RULE).stroke();
    doc.font('sc').fontSize(body).fillColor(INK);
    for (const contact of content.contacts) {
      const values = [contact.name, contact.role, contact.phone];
      const heights = columns.map((column, i) => doc.heightOfString(values[i]!, { width: column.w }));
      columns.forEach((column, i) => doc.text(values[i]!, column.x, y, { width: column.w }));
      y += Math.max(...heights) + 5;
    }
    doc.x = margin;
    doc.y = y;
  }

  section('四、收银台处置步骤', 'Steps at the till');
  steps.forEach((step, index) => {
    doc.text(`${index + 1}. ${step}`, margin + 12, doc.y, { width: width - 12 });
    doc.moveDown(0.2);
  });

  // The footer sits in the bottom margin; with the margin in force pdfkit would open a new page for it.
  doc.page.margins.bottom = 0;
  doc
    .font('sc')
    .fontSize(8.5)
    .fillColor(MUTED)
    .text('请勿向任何人透露顾客的银行卡密码。终端故障不要反复刷卡，先核实上一笔交易结果。 Never disclose a PIN; do not retry a card on a faulty terminal before checking the last transaction.', margin, doc.page.height - margin, {
      width,
      align: 'center',
      lineBreak: true,
      height: 30,
    });
  return toBuffer(doc);
}

/**
 * The customer reminder sign for the counter, Chinese first with English beneath: check the amount, check the card,
 * shield the PIN. The A4 sign is the A5 layout scaled up, so both sizes look the same.
 */
export async function renderReminderSignPdf(size: SignSize, hotlines: SignHotline[]): Promise<Buffer> {
  const doc = newDocument(size, 0, '请核对银行卡信息 / Please check your card');
  const scale = doc.page.width / 420;
  const s = (value: number) => value * scale;
  const margin = s(30);
  const width = doc.page.width - 2 * margin;

  doc.rect(0, 0, doc.page.width, s(84)).fill(ACCENT);
  doc.fillColor('#ffffff').font('sc-bold').fontSize(s(30)).text('请核对银行卡信息', margin, s(14), { width, align: 'center' });
  doc.font('sc').fontSize(s(15)).text('Please check your card details', margin, s(54), { width, align: 'center' });

  doc.fillColor(INK).font('sc').fontSize(s(12)).text('付款前请您留意以下三点 · Before you pay, please:', margin, s(104), { width, align: 'center' });

  const items = [
    { zh: '核对金额', zhText: '确认屏幕上显示的金额无误后再确认付款', en: 'Check the amount', enText: 'Make sure the amount on the screen is right before you confirm' },
    { zh: '核对卡片', zhText: '确认是您本人的银行卡，交易后请取回卡片和签购单', en: 'Check your card', enText: 'Make sure it is your own card, and take it and the receipt back' },
    { zh: '遮挡密码', zhText: '输入密码时请用手遮挡键盘，收银员不会询问您的密码', en: 'Shield your PIN', enText: 'Cover the keypad while you type your PIN; our staff will never ask for it' },
  ];
  let y = s(140);
  items.forEach((item, index) => {
    const cx = margin + s(20);
    doc.circle(cx, y + s(16), s(17)).fill(ACCENT);
    doc.fillColor('#ffffff').font('sc-bold').fontSize(s(19)).text(String(index + 1), cx - s(17), y + s(2), { width: s(34), align: 'center', lineBreak: false });
    const x = margin + s(50);
    const w = width - s(50);
    const below = headingPair(doc, item.zh, item.en, x, y, s(19), s(11.5));
    doc.fillColor(INK).font('sc').fontSize(s(12)).text(item.zhText, x, below + s(2), { width: w });
    doc.fillColor(MUTED).fontSize(s(10)).text(item.enText, x, doc.y + s(1), { width: w });
    y = doc.y + s(24);
  });

  // The hotline sits at the foot of the sign, where a customer looks last.
  y = Math.max(y, doc.page.height - s(150));
  doc.moveTo(margin, y).lineTo(margin + width, y).lineWidth(s(0.8)).strokeColor(RULE).stroke();
  y += s(14);
  doc.fillColor(INK).font('sc-bold').fontSize(s(13)).text('如有疑问，请致电服务商客服热线', margin, y, { width, align: 'center' });
  doc.font('sc').fillColor(MUTED).fontSize(s(10)).text('Questions? Call the service hotline', margin, doc.y, { width, align: 'center' });
  // Up to three providers fit; a merchant with more picks one (providerId).
  const shown = hotlines.slice(0, 3);
  const big = shown.length > 1 ? s(16) : s(22);
  if (shown.length === 0) doc.fillColor(MUTED).fontSize(s(12)).text('—', margin, doc.y + s(6), { width, align: 'center' });
  for (const hotline of shown) {
    doc.fillColor(ACCENT).font('sc-bold').fontSize(big).text(hotline.phone, margin, doc.y + s(4), { width, align: 'center' });
    doc.fillColor(MUTED).font('sc').fontSize(s(9.5)).text(`${hotline.name} · ${hotline.nameEn}`, margin, doc.y, { width, align: 'center' });
  }
  return toBuffer(doc);
}
