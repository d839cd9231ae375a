import { describe, expect, it } from 'vitest';
import { bpsToPercentText, fenToYuanText, formatBytes, parsePercentToBps, parseYuanToFen, regionName, slugify } from './format';

describe(parseYuanToFen.name, () => {
  it.each([
    ['1,234.5', 123450],
    ['1234.56', 123456],
    ['0.01', 1],
    ['88', 8800],
    ['¥25', 2500],
    ['  3.10 ', 310],
    ['007', 700],
    ['1,000,000', 100000000],
    ['0', 0],
  ])('reads %j as %i fen', (text, fen) => {
    expect(parseYuanToFen(text)).toEqual({ ok: true, value: fen });
  });

  it('keeps amounts exact where binary floating point would not (0.29 yuan is 29 fen, not 28.999…)', () => {
    expect(parseYuanToFen('0.29')).toEqual({ ok: true, value: 29 });
    expect(parseYuanToFen('1.15')).toEqual({ ok: true, value: 115 });
  });

  it.each([
    ['1.234', 'tooManyDecimals'],
    ['0.001', 'tooManyDecimals'],
    ['-5', 'negative'],
    ['-0.50', 'negative'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'format'],
    ['1.2.3', 'format'],
    ['1,23', 'format'],
    ['12,345,67', 'format'],
    ['.5', 'format'],
    ['1e5', 'format'],
    ['99999999999999999999', 'tooLarge'],
  ])('rejects %j (%s)', (text, problem) => {
    expect(parseYuanToFen(text)).toEqual({ ok: false, problem });
  });
});

describe(parsePercentToBps.name, () => {
  it.each([
    ['0.38', 38],
    ['0.6', 60],
    ['0.60%', 60],
    ['1', 100],
    ['0.05', 5],
    ['100', 10000],
  ])('reads %j as %i bps', (text, bps) => {
    expect(parsePercentToBps(text)).toEqual({ ok: true, value: bps });
  });

  it.each([
    ['0.385', 'tooManyDecimals'],
    ['-0.1', 'negative'],
    ['100.01', 'tooLarge'],
    ['1,000', 'format'],
    ['x', 'format'],
    ['', 'empty'],
  ])('rejects %j (%s)', (text, problem) => {
    expect(parsePercentToBps(text)).toEqual({ ok: false, problem });
  });
});

describe('editable texts', () => {
  it('turns fen and bps back into the texts the parsers read', () => {
    expect(fenToYuanText(2500)).toBe('25.00');
    expect(fenToYuanText(5)).toBe('0.05');
    expect(bpsToPercentText(38)).toBe('0.38');
    expect(bpsToPercentText(125)).toBe('1.25');
    for (const fen of [0, 1, 99, 123456789]) expect(parseYuanToFen(fenToYuanText(fen))).toEqual({ ok: true, value: fen });
    for (const bps of [0, 5, 60, 10000]) expect(parsePercentToBps(bpsToPercentText(bps))).toEqual({ ok: true, value: bps });
  });
});

describe('display helpers', () => {
  it('names regions in the reader language and keeps unknown codes', () => {
    expect(regionName('110000', 'zh-CN')).toBe('北京市');
    expect(regionName('440000', 'en')).toBe('Guangdong');
    expect(regionName('999999', 'en')).toBe('999999');
  });

  it('slugs English names for test ids', () => {
    expect(slugify('RuiTong Payment Technology Co., Ltd.')).toBe('ruitong-payment-technology-co-ltd');
  });

  it('formats file sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatBytes(1536)).toBe('1.5 KB');
  });
});
