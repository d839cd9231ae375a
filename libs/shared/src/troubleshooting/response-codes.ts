import type { FaultCategory } from '../domain/enums.js';

export interface LocalizedText {
  zh: string;
  en: string;
}

export interface ResponseCodeInfo {
  /** Two characters as the terminal shows them, e.g. "55". */
  code: string;
  meaning: LocalizedText;
  /** The fault category a merchant who sees this code most likely means; the web preselects it. */
  category: FaultCategory;
}

/**
 * ISO 8583 response codes (field 39) a merchant meets at the till, as China UnionPay terminals print them.
 * The list is what the troubleshooting trees can branch on.
 */
export const RESPONSE_CODES: readonly ResponseCodeInfo[] = [
  { code: '05', meaning: { zh: '不予承兑（发卡行拒绝）', en: 'Do not honour (declined by the issuer)' }, category: 'CARD_BLOCKED' },
  { code: '12', meaning: { zh: '无效交易', en: 'Invalid transaction' }, category: 'SYSTEM_FAULT' },
  { code: '14', meaning: { zh: '无效卡号', en: 'Invalid card number' }, category: 'CARD_DAMAGED' },
  { code: '41', meaning: { zh: '挂失卡，请没收', en: 'Lost card, pick up' }, category: 'CARD_BLOCKED' },
  { code: '43', meaning: { zh: '被窃卡，请没收', en: 'Stolen card, pick up' }, category: 'CARD_BLOCKED' },
  { code: '51', meaning: { zh: '余额不足', en: 'Insufficient funds' }, category: 'CARD_BLOCKED' },
  { code: '54', meaning: { zh: '卡片已过期', en: 'Expired card' }, category: 'CARD_EXPIRED' },
  { code: '55', meaning: { zh: '密码错误', en: 'Incorrect PIN' }, category: 'PIN_ERROR' },
  { code: '57', meaning: { zh: '不允许持卡人进行此交易', en: 'Transaction not permitted to cardholder' }, category: 'CARD_BLOCKED' },
  { code: '61', meaning: { zh: '超出金额限制', en: 'Exceeds amount limit' }, category: 'CARD_BLOCKED' },
  { code: '62', meaning: { zh: '受限制的卡', en: 'Restricted card' }, category: 'CARD_BLOCKED' },
  { code: '65', meaning: { zh: '超出取款/消费次数限制', en: 'Exceeds frequency limit' }, category: 'CARD_BLOCKED' },
  { code: '75', meaning: { zh: '密码错误次数超限', en: 'PIN tries exceeded' }, category: 'PIN_ERROR' },
  { code: '91', meaning: { zh: '发卡行或交换中心暂时不能操作', en: 'Issuer or switch inoperative' }, category: 'NETWORK' },
  { code: '96', meaning: { zh: '系统故障', en: 'System malfunction' }, category: 'SYSTEM_FAULT' },
  { code: '98', meaning: { zh: '交换中心收不到发卡行应答（超时）', en: 'No response from the issuer (timeout)' }, category: 'NETWORK' },
  { code: 'A0', meaning: { zh: 'MAC 校验错，请重新签到', en: 'MAC check failed, sign in again' }, category: 'SYSTEM_FAULT' },
];

const BY_CODE = new Map(RESPONSE_CODES.map((info) => [info.code, info]));

export function responseCodeInfo(code: string): ResponseCodeInfo | undefined {
  return BY_CODE.get(code.toUpperCase());
}

export const RESPONSE_CODE_VALUES: readonly string[] = RESPONSE_CODES.map((info) => info.code);
