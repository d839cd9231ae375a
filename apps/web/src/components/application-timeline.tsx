import { ApplicationStatus, type TimelineEntry } from '@pos/shared';
import { Empty, Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format';
import { useLocale } from '../lib/i18n';

/** Every step the API records on an application's history that has its own words. */
export const TIMELINE_ACTIONS = [
  'CREATED',
  'SUBMIT',
  'WITHDRAW',
  'CLAIM',
  'RELEASE',
  'REQUEST_CHANGES',
  'ESCALATE',
  'APPROVE',
  'REJECT',
  'SEND_AGREEMENT',
  'DOCUMENT_UPLOADED',
  'DOCUMENT_DELETED',
  'DOCUMENT_ACCEPTED',
  'DOCUMENT_REJECTED',
  'SENSITIVE_FIELD_REVEALED',
  'AGREEMENT_GENERATED',
  'AGREEMENT_REGENERATED',
  'MERCHANT_SIGNED',
  'COUNTERSIGNED',
  'SIGN',
  'INSTALLATION_REQUESTED',
  'INSTALLATION_CONFIRM',
  'INSTALLATION_RESCHEDULE',
  'RESCHEDULE',
  'INSTALLATION_ARRIVE',
  'INSTALLATION_RECORD_TEST',
  'INSTALLATION_MERCHANT_ACCEPT',
  'INSTALLATION_DISPUTE',
  'INSTALLATION_CANCEL',
  'TERMINAL_RECORDED',
  'SCHEDULE_INSTALL',
  'COMPLETE_INSTALL',
  'DISPUTE_INSTALL',
  'GO_LIVE',
] as const;
export type TimelineAction = (typeof TIMELINE_ACTIONS)[number];

export function isTimelineAction(action: string): action is TimelineAction {
  return (TIMELINE_ACTIONS as readonly string[]).includes(action);
}

const NEGATIVE: ReadonlySet<string> = new Set(['REJECT', 'DOCUMENT_REJECTED', 'WITHDRAW', 'INSTALLATION_DISPUTE', 'DISPUTE_INSTALL', 'INSTALLATION_CANCEL']);
const ASKING: ReadonlySet<string> = new Set(['REQUEST_CHANGES', 'AGREEMENT_REGENERATED']);
const POSITIVE: ReadonlySet<string> = new Set(['APPROVE', 'DOCUMENT_ACCEPTED', 'SEND_AGREEMENT', 'COUNTERSIGNED', 'SIGN', 'GO_LIVE']);

/** Agreement and installation steps carry their own record's statuses; only an application status has words here. */
function isApplicationStatus(value: string): value is ApplicationStatus {
  return (Object.values(ApplicationStatus) as string[]).includes(value);
}

function colorOf(action: string): string {
  if (NEGATIVE.has(action)) return 'red';
  if (ASKING.has(action)) return 'orange';
  if (POSITIVE.has(action)) return 'green';
  return 'blue';
}

interface ApplicationTimelineProps {
  entries: readonly TimelineEntry[];
  /** Staff see who acted by name; merchants see the role only (the API sends no staff names to them). */
  showNames: boolean;
}

/** An application's history in plain words, oldest first: what happened, when, who, and the reason given. */
export function ApplicationTimeline({ entries, showNames }: ApplicationTimelineProps) {
  const { t } = useTranslation();
  const locale = useLocale();

  if (entries.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('timeline.empty')} />;

  const what = (entry: TimelineEntry): string => {
    if (isTimelineAction(entry.action)) return t(`timeline.actions.${entry.action}`);
    if (entry.toStatus && isApplicationStatus(entry.toStatus)) return t('timeline.statusChanged', { status: t(`enums.applicationStatus.${entry.toStatus}`) });
    return t('timeline.other');
  };

  const who = (entry: TimelineEntry): string => {
    if (!entry.actor) return t('timeline.system');
    const role = t(`roles.${entry.actor.role}`);
    return showNames && entry.actor.displayName ? t('timeline.actorWithName', { name: entry.actor.displayName, role }) : role;
  };

  const why = (entry: TimelineEntry): string | null => {
    // The regeneration's "reason" is a code the action's own words already explain.
    if (!entry.reason || entry.action === 'AGREEMENT_REGENERATED') return null;
    if (entry.action === 'REQUEST_CHANGES') return t('timeline.changesReason', { reason: entry.reason });
    if (entry.action === 'REJECT' || entry.action === 'DOCUMENT_REJECTED') return t('timeline.rejectReason', { reason: entry.reason });
    return t('timeline.reason', { reason: entry.reason });
  };

  return (
    <div data-testid="timeline">
      <Timeline
        items={entries.map((entry) => {
          const reason = why(entry);
          return {
            key: entry.id,
            color: colorOf(entry.action),
            content: (
              <Flex vertical gap={2} data-testid="timeline-entry" data-action={entry.action}>
                <Typography.Text strong>{what(entry)}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(entry.at, locale)} · {who(entry)}
                </Typography.Text>
                {reason && (
                  <Typography.Text type={NEGATIVE.has(entry.action) ? 'danger' : undefined} data-testid="timeline-reason">
                    {reason}
                  </Typography.Text>
                )}
              </Flex>
            ),
          };
        })}
      />
    </div>
  );
}
