import { describe, expect, it } from 'vitest';
import { FaultCategory } from '../domain/enums.js';
import { DEFAULT_TROUBLESHOOTING_TREES } from './default-trees.js';
import { RESPONSE_CODES, responseCodeInfo } from './response-codes.js';
import { entryStepOf, type TroubleshootingTreeDefinition, treeProblems } from './tree.js';

const tiny = (): TroubleshootingTreeDefinition => ({
  entryStepId: 'a',
  entryByResponseCode: {},
  steps: [
    { id: 'a', actor: 'CASHIER', title: { zh: '甲', en: 'A' }, instruction: { zh: '做甲', en: 'Do A' }, next: 'b' },
    { id: 'b', actor: 'PROVIDER', title: { zh: '乙', en: 'B' }, instruction: { zh: '做乙', en: 'Do B' }, next: null },
  ],
});

describe('troubleshooting trees', () => {
  it.each(Object.values(FaultCategory))('the default %s tree is valid', (category) => {
    expect(treeProblems(DEFAULT_TROUBLESHOOTING_TREES[category])).toEqual([]);
  });

  it('covers the response codes the issue names, each with a meaning in both languages', () => {
    for (const code of ['05', '14', '41', '43', '51', '54', '55', '75', '91', '96']) {
      const info = responseCodeInfo(code);
      expect(info?.meaning.zh).toBeTruthy();
      expect(info?.meaning.en).toBeTruthy();
    }
    expect(new Set(RESPONSE_CODES.map((c) => c.code)).size).toBe(RESPONSE_CODES.length);
  });

  it('starts at the code-specific step when there is one', () => {
    const pin = DEFAULT_TROUBLESHOOTING_TREES.PIN_ERROR;
    expect(entryStepOf(pin, '75')).toBe('pin-locked');
    expect(entryStepOf(pin, '55')).toBe('reenter-pin');
    expect(entryStepOf(pin, null)).toBe('reenter-pin');
    expect(entryStepOf(pin, '91')).toBe('reenter-pin');
  });

  it('accepts a tiny valid tree', () => {
    expect(treeProblems(tiny())).toEqual([]);
  });

  it('finds a cycle', () => {
    const tree = tiny();
    tree.steps[1]!.next = 'a';
    expect(treeProblems(tree)).toEqual([{ field: 'steps', code: 'cycle' }]);
  });

  it('finds unknown targets, unknown codes, duplicate ids and missing translations', () => {
    const tree = tiny();
    tree.steps[0]!.next = 'nowhere';
    tree.steps[1]!.id = 'a';
    tree.steps[1]!.title.en = ' ';
    tree.entryByResponseCode = { '99': 'a' };
    expect(treeProblems(tree)).toEqual(
      expect.arrayContaining([
        { field: 'steps.0.next', code: 'unknownStep' },
        { field: 'steps.1.id', code: 'duplicateId' },
        { field: 'steps.1.title.en', code: 'required' },
        { field: 'entryByResponseCode.99', code: 'unknownResponseCode' },
      ]),
    );
  });

  it('finds a step no entry reaches', () => {
    const tree = tiny();
    tree.steps[0]!.next = null;
    expect(treeProblems(tree)).toEqual([{ field: 'steps.1.id', code: 'unreachable' }]);
  });

  it('wants two to four answers on a question', () => {
    const tree = tiny();
    tree.steps[0] = { ...tree.steps[0]!, next: undefined, answers: [{ id: 'yes', label: { zh: '是', en: 'Yes' }, next: 'b' }] };
    expect(treeProblems(tree)).toContainEqual({ field: 'steps.0.answers', code: 'answersCount' });
  });

  it('refuses an empty tree without throwing', () => {
    expect(treeProblems({ entryStepId: 'x', entryByResponseCode: {}, steps: [] })).toEqual([{ field: 'steps', code: 'required' }]);
  });
});
