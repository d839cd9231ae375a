import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../errors/error-codes.js';
import { ERROR_MESSAGES, errorMessage, FIELD_RULE_MESSAGES } from './error-messages.js';
import { localeFromAcceptLanguage } from './locale.js';

describe('localeFromAcceptLanguage', () => {
  it.each([
    [undefined, 'zh-CN'],
    ['', 'zh-CN'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-TW,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['fr-FR,en;q=0.5,zh;q=0.7', 'zh-CN'],
    ['fr-FR,en;q=0.8,zh;q=0.5', 'en'],
    ['de-DE', 'zh-CN'],
  ])('maps %j to %s', (header, locale) => expect(localeFromAcceptLanguage(header)).toBe(locale));
});

describe('messages', () => {
  it('translates every error code into every language', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const code of Object.values(ErrorCode)) expect(ERROR_MESSAGES[locale][code], `${locale} ${code}`).toBeTruthy();
    }
  });

  it('has the same field rules in every language', () => {
    expect(Object.keys(FIELD_RULE_MESSAGES.en).sort()).toEqual(Object.keys(FIELD_RULE_MESSAGES['zh-CN']).sort());
  });

  it('fills placeholders', () => {
    expect(errorMessage('en', ErrorCode.ACCOUNT_LOCKED, { lockedUntil: '25 Nov 2026, 18:30' })).toContain('until 25 Nov 2026, 18:30');
  });
});
