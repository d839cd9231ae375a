import { describe, expect, it } from 'vitest';
import { en } from '../lib/locales/en';
import { zhCN } from '../lib/locales/zh-CN';
import { isTimelineAction, TIMELINE_ACTIONS } from './application-timeline';

describe('TIMELINE_ACTIONS', () => {
  it('names every recorded step in both languages', () => {
    for (const action of TIMELINE_ACTIONS) {
      expect(zhCN.timeline.actions[action]).toMatch(/\S/);
      expect(en.timeline.actions[action]).toMatch(/\S/);
    }
  });

  it('leaves unknown steps to the generic wording', () => {
    expect(isTimelineAction('APPROVE')).toBe(true);
    expect(isTimelineAction('SOMETHING_NEW')).toBe(false);
  });
});
