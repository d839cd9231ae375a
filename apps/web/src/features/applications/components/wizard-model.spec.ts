import { describe, expect, it } from 'vitest';
import { makeApplication, makeCompleteApplication } from '../../../test/fixtures';
import { clampStep, draftPayload, formPathOf, stepOfField, valuesFromView } from './wizard-model';

describe(draftPayload.name, () => {
  it('sends nothing but what differs from the saved application', () => {
    const saved = makeCompleteApplication();
    expect(draftPayload(valuesFromView(saved), saved).body).toEqual({});
  });

  it('normalises what is sent: trimmed text, upper-case codes, account numbers without spaces', () => {
    const saved = makeApplication();
    const { body } = draftPayload(
      { businessName: '  面馆 ', creditCode: '91350100m000100y43', legalRepIdNumber: '11010519491231002x', settlementAccountNumber: '6222 0200 1234 5678' },
      saved,
    );
    expect(body).toEqual({
      businessName: '面馆',
      creditCode: '91350100M000100Y43',
      legalRepIdNumber: '11010519491231002X',
      settlementAccountNumber: '6222020012345678',
    });
  });

  it('sends volumes as integer fen in channel order and remembers which channel each index is', () => {
    const payload = draftPayload(
      { volumes: { UNIONPAY_QUICKPASS: { monthlyAmount: '1,000' }, DEBIT_CARD: { monthlyAmount: '0.29', averageTicket: '80' } } },
      makeApplication(),
    );
    expect(payload.body.volumes).toEqual([
      { channel: 'DEBIT_CARD', monthlyAmountFen: 29, averageTicketFen: 8000 },
      { channel: 'UNIONPAY_QUICKPASS', monthlyAmountFen: 100000, averageTicketFen: null },
    ]);
    expect(payload.volumeChannels).toEqual(['DEBIT_CARD', 'UNIONPAY_QUICKPASS']);
  });

  it('leaves out incomplete terminal rows', () => {
    const { body } = draftPayload({ terminalRequests: [{ terminalType: 'QR_BOX', count: 2 }, { count: 1 }] }, makeApplication());
    expect(body.terminalRequests).toEqual([{ terminalType: 'QR_BOX', count: 2 }]);
  });
});

describe(formPathOf.name, () => {
  it('maps API field paths onto the form', () => {
    expect(formPathOf('creditCode', [])).toEqual(['creditCode']);
    expect(formPathOf('volumes.1.averageTicketFen', ['CREDIT_CARD', 'ALIPAY'])).toEqual(['volumes', 'ALIPAY', 'averageTicket']);
    expect(formPathOf('terminalRequests.0.count', [])).toEqual(['terminalRequests', 0, 'count']);
    expect(formPathOf('volumes', [])).toBeUndefined();
    expect(formPathOf('volumes.3.monthlyAmountFen', ['DEBIT_CARD'])).toBeUndefined();
  });

  it('knows the step of every field', () => {
    expect(stepOfField('contactEmail')).toBe(2);
    expect(stepOfField('volumes.0.monthlyAmountFen')).toBe(4);
    expect(stepOfField('nonsense')).toBeUndefined();
    expect(clampStep(9)).toBe(6);
    expect(clampStep(-1)).toBe(0);
  });
});
