import { describe, expect, it } from 'vitest';
import { FIELD_RULE_MESSAGES } from '../i18n/error-messages.js';
import {
  checkBankAccount,
  checkCreditCode,
  checkResidentId,
  creditCodeCheckCharacter,
  maskIdentifier,
  residentIdCheckCharacter,
} from './identity-numbers.js';

describe('checkCreditCode (GB 32100)', () => {
  // Published examples of real-format codes.
  it.each(['91350100M000100Y43', '91110000600037341L', '91310000775785552L'])('accepts %s', (code) => {
    expect(checkCreditCode(code)).toBeUndefined();
  });

  it('accepts lower case and surrounding spaces', () => {
    expect(checkCreditCode(' 91350100m000100y43 ')).toBeUndefined();
  });

  it('computes the check character from the first 17', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it.each([
    ['91350100M000100Y44', 'creditCodeCheck'],
    ['91350100M000100Y4', 'creditCodeFormat'],
    ['91350100M000100Y433', 'creditCodeFormat'],
    ['9135010OM000100Y43', 'creditCodeFormat'], // letter O where the division code needs digits
    ['91350100I000100Y43', 'creditCodeFormat'], // I is not in the GB 32100 character set
    ['', 'creditCodeFormat'],
  ])('rejects %j with %s', (code, problem) => {
    expect(checkCreditCode(code)).toBe(problem);
  });
});

describe('checkResidentId (GB 11643, ISO 7064 MOD 11-2)', () => {
  const today = new Date('2026-11-25T00:00:00Z');

  it.each(['11010519491231002X', '440308199901010012', '310101200002291237'])('accepts %s', (id) => {
    expect(checkResidentId(id, today)).toBeUndefined();
  });

  it('computes the check digit', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
  });

  it.each([
    ['110105194912310021', 'residentIdCheck'],
    ['11010519491231002', 'residentIdFormat'],
    ['11010519491231002Y', 'residentIdFormat'],
    ['990105194912310026', 'residentIdRegion'],
    ['110105201902290012', 'residentIdBirthDate'], // 2019 is not a leap year
    ['110105194913310016', 'residentIdBirthDate'], // month 13
    ['110105203001010011', 'residentIdBirthDate'], // born in the future
    ['110105180001010014', 'residentIdBirthDate'], // before 1900
  ])('rejects %s with %s', (id, problem) => {
    expect(checkResidentId(id, today)).toBe(problem);
  });
});

describe('checkBankAccount', () => {
  it.each(['6222021234567890123', '6217 0012 3456 7890', '1100-1234-5678', '31050161373600001234'])('accepts %s', (account) => {
    expect(checkBankAccount(account)).toBeUndefined();
  });

  it.each(['123456789', '62220212345678901234567890123456', '6222O21234567890', ''])('rejects %j', (account) => {
    expect(checkBankAccount(account)).toBe('bankAccountFormat');
  });
});

describe('maskIdentifier', () => {
  it('keeps the first three and last four characters', () => {
    expect(maskIdentifier('11010519491231002X')).toBe('110***********002X');
    expect(maskIdentifier('6222021234567890123')).toBe('622************0123');
  });

  it('masks short values entirely', () => {
    expect(maskIdentifier('123456')).toBe('******');
  });
});

it('has a message in both languages for every problem the validators report', () => {
  const rules = ['creditCodeFormat', 'creditCodeCheck', 'residentIdFormat', 'residentIdRegion', 'residentIdBirthDate', 'residentIdCheck', 'bankAccountFormat'];
  for (const rule of rules) {
    expect(FIELD_RULE_MESSAGES['zh-CN'][rule]).toBeTruthy();
    expect(FIELD_RULE_MESSAGES.en[rule]).toBeTruthy();
  }
});
