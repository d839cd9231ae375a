import { CHECKLIST_ITEMS, type Checklist, type InstallationView, type TerminalView } from '@pos/shared';

/** Installation and terminal API shapes with believable demo values; each test overrides what it is about. */

export function makeTerminal(overrides: Partial<TerminalView> = {}): TerminalView {
  return {
    id: 'term-1',
    serialNumber: 'N910-2026-000123',
    type: 'SMART_POS',
    model: '新大陆 N910',
    simNetwork: '中国移动 4G',
    firmwareVersion: 'V2.3.1',
    status: 'INSTALLED',
    address: '北京市朝阳区建国路 1 号',
    installedAt: '2026-03-10T03:00:00.000Z',
    liveAt: null,
    provider: { id: 'p-bank', name: '东方商业银行' },
    merchant: { id: 'user-1', displayName: '王店主', businessName: '王记面馆' },
    lastInspectionAt: null,
    nextInspectionDue: null,
    ...overrides,
  };
}

export const allChecksPassed = (): Checklist => Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, true])) as Checklist;

export function makeInstallation(overrides: Partial<InstallationView> = {}): InstallationView {
  return {
    id: 'inst-1',
    status: 'PROPOSED',
    applicationId: 'app-1',
    applicationReference: 'APP-2026-0001',
    provider: { id: 'p-bank', name: '东方商业银行' },
    merchant: { displayName: '王店主', businessName: '王记面馆', contactName: '王小明', contactMobile: '13900139000' },
    address: '北京市朝阳区建国路 1 号',
    proposedWindows: [
      { start: '2030-05-20T01:00:00.000Z', end: '2030-05-20T04:00:00.000Z' },
      { start: '2030-05-21T06:00:00.000Z', end: '2030-05-21T09:00:00.000Z' },
    ],
    confirmedWindow: null,
    technician: null,
    terminalsWanted: [{ terminalType: 'SMART_POS', count: 1 }],
    terminals: [],
    checklist: null,
    testTransaction: null,
    notes: null,
    lastReason: null,
    acceptedAt: null,
    updatedAt: '2026-03-09T02:00:00.000Z',
    ...overrides,
  };
}
