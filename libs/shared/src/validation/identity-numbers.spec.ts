import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIELD_RULE_MESSAGES } from '../i18n/error-messages.js';
import {
  checkBankAccount,
  checkCreditCode,
  checkResidentId,
  creditCodeCheckCharacter,
  maskIdentifier,
  organizationCodeCheckCharacter,
  residentIdCheckCharacter,
} from './identity-numbers.js';

describe('checkCreditCode (GB 32100)', () => {
  // Codes printed on real business licences: both the overall and the organisation-code check characters hold.
  it.each(['91350100M000100Y43', '91110000600037341L', '91310000775785552L', '9144030071526726XG', '91330100799655058B'])('accepts %s', (code) => {
    expect(checkCreditCode(code)).toBeUndefined();
  });

  it.each([
    ['M000100Y', '4'],
    ['60003734', '1'],
    ['71526726', 'X'], // 11 − (199 mod 11) = 10, written X
  ])('computes the GB 11714 organisation-code check character of %s as %s', (body, check) => {
    expect(organizationCodeCheckCharacter(body)).toBe(check);
  });

  it('writes a remainder of 0 as the check character 0', () => {
    // 1×3 + 0 + … + 4×2 = 11: 11 − (11 mod 11) = 11, written 0.
    expect(organizationCodeCheckCharacter('10000004')).toBe('0');
  });

  it('refuses a code whose overall check holds but whose organisation-code check character is wrong', () => {
    const first17 = '91350100M000100Y5'; // the published code with its 17th character changed from 4 to 5
    const code = first17 + creditCodeCheckCharacter(first17);
    expect(checkCreditCode(code)).toBe('creditCodeOrganizationCheck');
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
  const withCheck = (first17: string) => first17 + residentIdCheckCharacter(first17);

  afterEach(() => vi.useRealTimers());

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
    ['110105203001010011', 'residentIdBornInFuture'],
    ['110105180001010014', 'residentIdBornBefore1900'],
  ])('rejects %s with %s', (id, problem) => {
    expect(checkResidentId(id, today)).toBe(problem);
  });

  it('names the 1900 rule, not an invalid date, for a real date before 1900', () => {
    expect(checkResidentId(withCheck('11010518991231002'), today)).toBe('residentIdBornBefore1900');
    expect(checkResidentId(withCheck('11010519000101002'), today)).toBeUndefined();
  });

  it('accepts a person born today at 00:30 Beijing time, when the UTC day is still yesterday', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-25T16:30:00Z')); // 2026-11-26 00:30 in Beijing
    expect(checkResidentId(withCheck('11010520261126002'))).toBeUndefined();
    expect(checkResidentId(withCheck('11010520261127002'))).toBe('residentIdBornInFuture');
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
  const rules = [
    'creditCodeFormat',
    'creditCodeCheck',
    'creditCodeOrganizationCheck',
    'residentIdFormat',
    'residentIdRegion',
    'residentIdBirthDate',
    'residentIdBornBefore1900',
    'residentIdBornInFuture',
    'residentIdCheck',
    'bankAccountFormat',
    'isDateString',
    'dateInFuture',
  ];
  for (const rule of rules) {
    expect(FIELD_RULE_MESSAGES['zh-CN'][rule]).toBeTruthy();
    expect(FIELD_RULE_MESSAGES.en[rule]).toBeTruthy();
  }
});
