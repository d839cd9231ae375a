import type { LocalizedText } from './response-codes.js';
import { RESPONSE_CODE_VALUES } from './response-codes.js';

export const TroubleshootingActor = { CASHIER: 'CASHIER', CARDHOLDER: 'CARDHOLDER', PROVIDER: 'PROVIDER' } as const;
export type TroubleshootingActor = (typeof TroubleshootingActor)[keyof typeof TroubleshootingActor];

export interface TroubleshootingAnswerDefinition {
  id: string;
  label: LocalizedText;
  /** The step this answer leads to; null ends the walk (the merchant is offered a ticket). */
  next: string | null;
}

/**
 * One step of a decision tree. An action step ("restart the terminal") is answered "solved" or "did not help",
 * which leads to `next`. A question step ("is the expiry date past?") has `answers` that branch. "Solved" is
 * always possible and ends the walk as a self-service resolution.
 */
export interface TroubleshootingStepDefinition {
  id: string;
  actor: TroubleshootingActor;
  title: LocalizedText;
  instruction: LocalizedText;
  /** Action steps: where "did not help" leads; null ends the walk. */
  next?: string | null;
  /** Question steps: two to four answers. */
  answers?: TroubleshootingAnswerDefinition[];
}

export interface TroubleshootingTreeDefinition {
  /** Where the walk starts when no response code was given, or the code has no entry of its own. */
  entryStepId: string;
  /** First step per ISO 8583 response code, where it differs from the entry step. */
  entryByResponseCode: Record<string, string>;
  steps: TroubleshootingStepDefinition[];
}

/** The answer that ends a walk as self-service resolved, and the one an action step has besides it. */
export const SOLVED_ANSWER = 'SOLVED';
export const NOT_SOLVED_ANSWER = 'NOT_SOLVED';

export const TREE_LIMITS = { maxSteps: 40, maxTextLength: 500, stepIdPattern: /^[a-z0-9-]{1,40}$/ } as const;

export interface TreeProblem {
  /** Dotted path into the definition, e.g. "steps.2.next". */
  field: string;
  code: 'required' | 'tooLong' | 'invalidId' | 'duplicateId' | 'unknownStep' | 'unknownResponseCode' | 'cycle' | 'unreachable' | 'answersCount' | 'tooManySteps';
}

const textProblems = (text: LocalizedText | undefined, field: string): TreeProblem[] => {
  const problems: TreeProblem[] = [];
  for (const language of ['zh', 'en'] as const) {
    const value = text?.[language];
    if (typeof value !== 'string' || value.trim() === '') problems.push({ field: `${field}.${language}`, code: 'required' });
    else if (value.length > TREE_LIMITS.maxTextLength) problems.push({ field: `${field}.${language}`, code: 'tooLong' });
  }
  return problems;
};

/** Steps a step can lead to (null, the end of the walk, left out). */
export function successorsOf(step: TroubleshootingStepDefinition): string[] {
  const targets = step.answers ? step.answers.map((answer) => answer.next) : [step.next ?? null];
  return targets.filter((target): target is string => target !== null);
}

/**
 * Everything wrong with a tree, or an empty list. The API refuses to save a tree with problems, and the admin's
 * editor shows the same list as it is typed. Trees must be finite walks: no cycles, every step reachable.
 */
export function treeProblems(tree: TroubleshootingTreeDefinition): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const steps = Array.isArray(tree?.steps) ? tree.steps : [];
  if (steps.length === 0) return [{ field: 'steps', code: 'required' }];
  if (steps.length > TREE_LIMITS.maxSteps) problems.push({ field: 'steps', code: 'tooManySteps' });

  const ids = new Set<string>();
  steps.forEach((step, index) => {
    const at = `steps.${index}`;
    if (typeof step.id !== 'string' || !TREE_LIMITS.stepIdPattern.test(step.id)) problems.push({ field: `${at}.id`, code: 'invalidId' });
    else if (ids.has(step.id)) problems.push({ field: `${at}.id`, code: 'duplicateId' });
    else ids.add(step.id);
    if (!Object.values(TroubleshootingActor).includes(step.actor)) problems.push({ field: `${at}.actor`, code: 'required' });
    problems.push(...textProblems(step.title, `${at}.title`), ...textProblems(step.instruction, `${at}.instruction`));
    if (step.answers !== undefined) {
      if (!Array.isArray(step.answers) || step.answers.length < 2 || step.answers.length > 4) problems.push({ field: `${at}.answers`, code: 'answersCount' });
      const answerIds = new Set<string>();
      (Array.isArray(step.answers) ? step.answers : []).forEach((answer, answerIndex) => {
        const answerAt = `${at}.answers.${answerIndex}`;
        if (typeof answer.id !== 'string' || !TREE_LIMITS.stepIdPattern.test(answer.id) || answer.id === SOLVED_ANSWER.toLowerCase()) problems.push({ field: `${answerAt}.id`, code: 'invalidId' });
        else if (answerIds.has(answer.id)) problems.push({ field: `${answerAt}.id`, code: 'duplicateId' });
        else answerIds.add(answer.id);
        problems.push(...textProblems(answer.label, `${answerAt}.label`));
      });
    }
  });

  const known = new Set(steps.map((step) => step.id));
  steps.forEach((step, index) => {
    if (step.answers) {
      (Array.isArray(step.answers) ? step.answers : []).forEach((answer, answerIndex) => {
        if (answer.next !== null && !known.has(answer.next)) problems.push({ field: `steps.${index}.answers.${answerIndex}.next`, code: 'unknownStep' });
      });
    } else if (step.next !== undefined && step.next !== null && !known.has(step.next)) {
      problems.push({ field: `steps.${index}.next`, code: 'unknownStep' });
    }
  });
  if (!known.has(tree.entryStepId)) problems.push({ field: 'entryStepId', code: 'unknownStep' });
  const entries = tree.entryByResponseCode && typeof tree.entryByResponseCode === 'object' ? tree.entryByResponseCode : {};
  for (const [code, stepId] of Object.entries(entries)) {
    if (!RESPONSE_CODE_VALUES.includes(code)) problems.push({ field: `entryByResponseCode.${code}`, code: 'unknownResponseCode' });
    else if (!known.has(stepId)) problems.push({ field: `entryByResponseCode.${code}`, code: 'unknownStep' });
  }
  if (problems.length > 0) return problems;

  // Cycles and reachability, once every reference is known to resolve.
  const byId = new Map(steps.map((step) => [step.id, step]));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string): boolean => {
    if (state.get(id) === 'done') return true;
    if (state.get(id) === 'visiting') return false;
    state.set(id, 'visiting');
    const ok = successorsOf(byId.get(id)!).every(visit);
    state.set(id, 'done');
    return ok;
  };
  for (const start of [tree.entryStepId, ...Object.values(entries)]) {
    if (!visit(start)) return [{ field: 'steps', code: 'cycle' }];
  }
  steps.forEach((step, index) => {
    if (!state.has(step.id)) problems.push({ field: `steps.${index}.id`, code: 'unreachable' });
  });
  return problems;
}

/** The first step for a response code (or none). */
export function entryStepOf(tree: TroubleshootingTreeDefinition, responseCode: string | null | undefined): string {
  return (responseCode && tree.entryByResponseCode[responseCode.toUpperCase()]) || tree.entryStepId;
}
