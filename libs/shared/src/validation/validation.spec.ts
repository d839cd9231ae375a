import { describe, expect, it } from 'vitest';
import { FIELD_RULE_MESSAGES } from '../i18n/error-messages.js';
import { isValidEmail, isValidMobile, loginNameKind, normalizeLoginName } from './contact.js';
import { checkPasswordPolicy } from './password-policy.js';

describe('isValidMobile', () => {
  it.each(['13800138000', '19912345678', '16612345678'])('accepts %s', (value) => expect(isValidMobile(value)).toBe(true));
  it.each(['12800138000', '1380013800', '138001380001', '+8613800138000', '1380013800a', ''])('rejects %j', (value) =>
    expect(isValidMobile(value)).toBe(false),
  );
});

describe('login names', () => {
  it('tells a mobile number from an email and neither', () => {
    expect(loginNameKind('13800138000')).toBe('mobile');
    expect(loginNameKind('shop@example.cn')).toBe('email');
    expect(loginNameKind('shop@example')).toBeUndefined();
    expect(loginNameKind('wang xiao ming')).toBeUndefined();
  });

  it('lower-cases emails but keeps mobile numbers', () => {
    expect(normalizeLoginName('  Shop@Example.CN ')).toBe('shop@example.cn');
    expect(normalizeLoginName(' 13800138000 ')).toBe('13800138000');
  });

  it('rejects absurdly long emails', () => {
    expect(isValidEmail(`${'a'.repeat(250)}@x.cn`)).toBe(false);
  });
});

describe('checkPasswordPolicy', () => {
  it('accepts a long password with letters and digits', () => {
    expect(checkPasswordPolicy('Teashop2026x', '13800138000')).toEqual([]);
  });

  it.each([
    ['Ab1', 'passwordTooShort'],
    ['abcdefghijkl', 'passwordNeedsVariety'],
    ['123456789012', 'passwordNeedsVariety'],
    ['Password1234', 'passwordTooCommon'],
    ['WOAINI1314', 'passwordTooCommon'],
    ['a'.repeat(120) + '1'.repeat(10), 'passwordTooLong'],
  ])('flags %j as %s', (password, problem) => {
    expect(checkPasswordPolicy(password)).toContain(problem);
  });

  it('refuses a password containing the login name or the local part of the email', () => {
    expect(checkPasswordPolicy('my13800138000', '13800138000')).toContain('passwordContainsLogin');
    expect(checkPasswordPolicy('Wangshop2026', 'wangshop@example.cn')).toContain('passwordContainsLogin');
  });

  it('has a message in every language for every problem it can report', () => {
    const problems = ['passwordTooShort', 'passwordTooLong', 'passwordNeedsVariety', 'passwordTooCommon', 'passwordContainsLogin'];
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const problem of problems) expect(FIELD_RULE_MESSAGES[locale][problem]).toBeTruthy();
    }
  });
});
