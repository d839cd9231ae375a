import { CHECKLIST_ITEMS, type ChecklistItem } from '@pos/shared';
import type { TFunction } from 'i18next';

/** What a refused completion (422 INSTALLATION_CHECKS_FAILED) said, as the job page keeps it. */
export interface CompletionFailures {
  /** e.g. 'checklist.tap', 'testTransaction.responseCode', 'testTransaction.receiptPrinted', 'terminals'. */
  failures: string[];
  terminalsWanted?: number;
  terminalsRecorded?: number;
}

/** Reads `details` of the 422; anything unexpected is dropped rather than shown raw. */
export function readCompletionFailures(details: Record<string, unknown> | undefined): CompletionFailures {
  const failures = Array.isArray(details?.failures) ? details.failures.filter((item): item is string => typeof item === 'string') : [];
  const number = (value: unknown) => (typeof value === 'number' ? value : undefined);
  return { failures, terminalsWanted: number(details?.terminalsWanted), terminalsRecorded: number(details?.terminalsRecorded) };
}

const isChecklistItem = (value: string): value is ChecklistItem => (CHECKLIST_ITEMS as readonly string[]).includes(value);

/** One failure in the reader's language. */
export function failureText(failure: string, t: TFunction, counts: { wanted: number; recorded: number }): string {
  if (failure.startsWith('checklist.')) {
    const item = failure.slice('checklist.'.length);
    if (isChecklistItem(item)) return t('installations.job.failures.checklistItem', { item: t(`installations.checklist.${item}`) });
  }
  if (failure === 'testTransaction.responseCode') return t('installations.job.failures.responseCode');
  if (failure === 'testTransaction.receiptPrinted') return t('installations.job.failures.receiptPrinted');
  if (failure === 'terminals') return t('installations.job.failures.terminals', counts);
  return t('installations.job.failures.other', { item: failure });
}
