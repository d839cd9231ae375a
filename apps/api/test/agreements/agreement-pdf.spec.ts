import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { type AgreementPdfContent, renderAgreementPdf, renderExecutedAgreement } from '../../src/core/pdf/agreement-pdf.js';
import { inkOnPage, pdfText } from '../support/pdf-reader.js';

export const SAMPLE: AgreementPdfContent = {
  reference: 'AG-20261125-7KQ3M9',
  title: '东方商业银行 POS 终端服务协议',
  titleEn: 'Dongfang Commercial Bank POS terminal service agreement',
  body: '东方商业银行（以下简称“甲方”）与王记便利店（以下简称“乙方”，统一社会信用代码 91350100M000100Y43）就银行卡受理及 POS 终端服务达成如下协议：\n一、服务内容：甲方为乙方提供传统 POS ×1 的安装、调试、维护及交易结算服务，结算周期为 T+1。',
  bodyEn: 'Dongfang Commercial Bank ("Party A") and 王记便利店 ("Party B") agree as follows.',
  dateText: '2026年11月25日',
  feeScheduleVersion: 3,
  feeRows: [
    { item: '借记卡', itemEn: 'Debit card', value: '0.50%，单笔封顶 ¥25.00' },
    { item: '信用卡', itemEn: 'Credit card', value: '0.60%' },
    { item: '微信支付', itemEn: 'WeChat Pay', value: '0.38%' },
  ],
  feeNotes: '押金在撤机时全额退还。',
};

describe('agreement PDF', () => {
  it('renders Chinese text that a reader can extract, with every fee line, small and fast', async () => {
    const pdf = await renderAgreementPdf(SAMPLE);
    expect(pdf.length).toBeLessThan(1024 * 1024);
    const parsed = await PDFDocument.load(pdf);
    // One page of Chinese terms and fees, one of the English version: no stray blank pages.
    expect(parsed.getPageCount()).toBe(2);
    const text = pdfText(pdf);
    for (const expected of ['王记便利店', '91350100M000100Y43', '手续费标准', '借记卡', '0.50%，单笔封顶 ¥25.00', '信用卡', '0.60%', '微信支付', '0.38%', 'AG-20261125-7KQ3M9', '第 1 /']) {
      expect(text).toContain(expected);
    }
  });

  it('draws the glyphs: page 1 rendered is not blank', async () => {
    const pdf = await renderAgreementPdf(SAMPLE);
    const ink = inkOnPage(pdf, 1);
    expect(ink).toBeGreaterThan(0.005);
    expect(ink).toBeLessThan(0.5);
  });

  it('appends a signature page to the exact signed pages', async () => {
    const signed = await renderAgreementPdf(SAMPLE);
    const executed = await renderExecutedAgreement(signed, {
      reference: SAMPLE.reference,
      applicationReference: 'AP-20261125-ABCDEF',
      providerName: '东方商业银行',
      merchantName: '王记便利店',
      documentSha256: createHash('sha256').update(signed).digest('hex'),
      signedName: '王小明',
      signedAt: '2026-11-25 10:30:00 (UTC+8)',
      signedIp: '127.0.0.1',
      signedUserAgent: 'Mozilla/5.0',
      acknowledgements: ['借记卡', '信用卡', '微信支付', '协议条款'],
      countersignedBy: '孙主管',
      countersignedAt: '2026-11-25 11:00:00 (UTC+8)',
    });
    const original = await PDFDocument.load(signed);
    const final = await PDFDocument.load(executed);
    expect(final.getPageCount()).toBe(original.getPageCount() + 1);
    const lastPage = pdfText(executed, [final.getPageCount()]);
    expect(lastPage).toContain('签署页');
    expect(lastPage).toContain('王小明');
    expect(lastPage).toContain(createHash('sha256').update(signed).digest('hex'));
    expect(inkOnPage(executed, final.getPageCount())).toBeGreaterThan(0.003);
  });
});
