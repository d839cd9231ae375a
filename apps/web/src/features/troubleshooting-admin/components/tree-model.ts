import {
  FIELD_RULE_MESSAGES,
  type Locale,
  type TreeProblem,
  type TroubleshootingStepDefinition,
  type TroubleshootingTreeDefinition,
} from '@pos/shared';

/** The select value that stands for `null`: the walk ends and the merchant is offered a ticket. */
export const END_VALUE = '__end__';

/** Problems by dotted field path ("steps.2.next"), each a message in the reader's language. */
export type ProblemMap = ReadonlyMap<string, string[]>;

export function problemMessage(code: TreeProblem['code'] | string, locale: Locale): string {
  return FIELD_RULE_MESSAGES[locale][code] ?? code;
}

/** The shared validator's problems plus the server's (its paths start with "definition."), keyed by field. */
export function problemMap(problems: readonly TreeProblem[], locale: Locale, server: readonly { field: string; message: string }[] = []): ProblemMap {
  const map = new Map<string, string[]>();
  const add = (field: string, message: string) => {
    const list = map.get(field) ?? [];
    if (!list.includes(message)) list.push(message);
    map.set(field, list);
  };
  for (const problem of problems) add(problem.field, problemMessage(problem.code, locale));
  for (const error of server) add(error.field.replace(/^definition\.?/, '') || 'steps', error.message);
  return map;
}

export function blankStep(existing: readonly TroubleshootingStepDefinition[], title: string): TroubleshootingStepDefinition {
  let n = existing.length + 1;
  while (existing.some((step) => step.id === `step-${n}`)) n += 1;
  return { id: `step-${n}`, actor: 'CASHIER', title: { zh: title, en: '' }, instruction: { zh: '', en: '' }, next: null };
}

export function blankTree(title: string): TroubleshootingTreeDefinition {
  const first = blankStep([], title);
  return { entryStepId: first.id, entryByResponseCode: {}, steps: [first] };
}

/** A step's id changed: every reference to the old id (entry, code entries, next, answers) follows it. */
export function renameStep(tree: TroubleshootingTreeDefinition, index: number, id: string): TroubleshootingTreeDefinition {
  const old = tree.steps[index]?.id;
  const follow = (target: string | null | undefined) => (old !== undefined && target === old ? id : target);
  // Only when the old id was unique: with a duplicate, references cannot tell the two apart.
  const unique = tree.steps.filter((step) => step.id === old).length === 1;
  const steps = tree.steps.map((step, at) => {
    const renamed = at === index ? { ...step, id } : step;
    if (!unique) return renamed;
    return renamed.answers
      ? { ...renamed, answers: renamed.answers.map((answer) => ({ ...answer, next: follow(answer.next) ?? null })) }
      : { ...renamed, ...(renamed.next !== undefined ? { next: follow(renamed.next) ?? null } : {}) };
  });
  if (!unique) return { ...tree, steps };
  return {
    entryStepId: follow(tree.entryStepId) ?? tree.entryStepId,
    entryByResponseCode: Object.fromEntries(Object.entries(tree.entryByResponseCode).map(([code, target]) => [code, follow(target) ?? target])),
    steps,
  };
}

/** A step removed: references to it become "end" (or the first remaining step, for the entry). */
export function removeStep(tree: TroubleshootingTreeDefinition, index: number): TroubleshootingTreeDefinition {
  const gone = tree.steps[index]?.id;
  const steps = tree.steps
    .filter((_step, at) => at !== index)
    .map((step) =>
      step.answers
        ? { ...step, answers: step.answers.map((answer) => (answer.next === gone ? { ...answer, next: null } : answer)) }
        : step.next === gone
          ? { ...step, next: null }
          : step,
    );
  return {
    entryStepId: tree.entryStepId === gone ? (steps[0]?.id ?? '') : tree.entryStepId,
    entryByResponseCode: Object.fromEntries(Object.entries(tree.entryByResponseCode).filter(([, target]) => target !== gone)),
    steps,
  };
}
