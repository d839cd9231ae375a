import { DRAFT_FIELD_NAMES, type DraftFieldName } from '@pos/shared';

/** The merchant wizard's steps that hold draft fields, by the key their name is translated under. */
export type FieldStep = 'business' | 'legalRep' | 'contact' | 'settlement' | 'volume';

/**
 * Every field a reviewer may ask to change, grouped as the merchant's wizard shows them, so a request reads the way
 * the merchant will find the fields.
 */
export const FIELD_GROUPS: readonly { step: FieldStep; fields: readonly DraftFieldName[] }[] = [
  { step: 'business', fields: ['businessName', 'creditCode', 'businessAddress', 'mcc', 'businessScope', 'openingDate'] },
  { step: 'legalRep', fields: ['legalRepName', 'legalRepIdNumber', 'legalRepMobile'] },
  { step: 'contact', fields: ['contactName', 'contactMobile', 'contactEmail'] },
  { step: 'settlement', fields: ['settlementAccountName', 'settlementBank', 'settlementBranch', 'settlementAccountNumber'] },
  { step: 'volume', fields: ['volumes', 'terminalRequests', 'installAddress', 'installRegion'] },
];

const KNOWN: readonly string[] = DRAFT_FIELD_NAMES;

export function isDraftFieldName(name: string): name is DraftFieldName {
  return KNOWN.includes(name);
}
