import { describe, expect, it } from 'vitest';
import { addDays, beijingDate, daysBetween, inspectionIntervalOf, INSPECTION_ITEMS, refresherStateOf } from '../contracts/prevention.contract.js';
import { TrainingModule } from '../domain/enums.js';
import { gradeQuiz, TRAINING_MODULES, trainingModuleView } from './training-content.js';

describe('training content', () => {
  it('has every module, in both languages, with a 3–5 question quiz and a reachable pass mark', () => {
    expect(TRAINING_MODULES.map((m) => m.module).sort()).toEqual(Object.values(TrainingModule).sort());
    for (const content of TRAINING_MODULES) {
      expect(content.questions.length).toBeGreaterThanOrEqual(3);
      expect(content.questions.length).toBeLessThanOrEqual(5);
      expect(content.passMark).toBeGreaterThan(content.questions.length / 2);
      expect(content.passMark).toBeLessThanOrEqual(content.questions.length);
      expect(new Set(content.questions.map((q) => q.id)).size).toBe(content.questions.length);
      const texts = [content.title, content.summary, ...content.sections.flatMap((s) => [s.title, ...s.points]), ...content.questions.flatMap((q) => [q.prompt, ...q.options])];
      for (const text of texts) {
        expect(text.zh.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
      for (const question of content.questions) expect(question.answer).toBeLessThan(question.options.length);
    }
  });

  it('serves modules without the answer key', () => {
    const view = trainingModuleView(TrainingModule.CHECKING_CARDS)!;
    expect(JSON.stringify(view)).not.toContain('"answer"');
    expect(view.questions[0]!.options.length).toBeGreaterThan(1);
  });

  it('grades a quiz against the pass mark and names the wrong questions', () => {
    const content = TRAINING_MODULES.find((m) => m.module === TrainingModule.HANDLING_PIN_ERRORS)!;
    const right = content.questions.map((q) => q.answer);
    expect(gradeQuiz(content.module, right)).toMatchObject({ passed: true, score: right.length, wrongQuestionIds: [] });
    const twoWrong = right.map((answer, index) => (index < 2 ? (answer + 1) % content.questions[index]!.options.length : answer));
    expect(gradeQuiz(content.module, twoWrong)).toMatchObject({ passed: false, score: right.length - 2, wrongQuestionIds: [content.questions[0]!.id, content.questions[1]!.id] });
    expect(gradeQuiz(content.module, right.slice(1))).toBeUndefined();
  });
});

describe('prevention dates', () => {
  it('uses the Beijing calendar date', () => {
    expect(beijingDate(new Date('2026-11-25T16:30:00Z'))).toBe('2026-11-26');
    expect(beijingDate(new Date('2026-11-25T15:59:00Z'))).toBe('2026-11-25');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-15', 90)).toBe('2027-03-15');
    expect(daysBetween('2026-11-25', '2026-11-20')).toBe(-5);
  });

  it("takes the model's interval before the provider's", () => {
    expect(inspectionIntervalOf(30, 90)).toBe(30);
    expect(inspectionIntervalOf(null, 90)).toBe(90);
  });

  it('marks refreshers due, due soon, or current', () => {
    expect(refresherStateOf('2025-11-25', 365, '2026-11-25')).toEqual({ refresherDueOn: '2026-11-25', state: 'DUE' });
    expect(refresherStateOf('2025-12-15', 365, '2026-11-25').state).toBe('DUE_SOON');
    expect(refresherStateOf('2026-11-01', 365, '2026-11-25').state).toBe('CURRENT');
  });

  it('inspects the installation checks and the wear items', () => {
    expect(INSPECTION_ITEMS).toContain('pinPad');
    expect(INSPECTION_ITEMS).toContain('seal');
  });
});
