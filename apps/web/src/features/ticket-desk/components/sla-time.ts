import type { SlaState } from '@pos/shared';
import type { TFunction } from 'i18next';

/** Tag colours of the SLA states: red breached, orange at risk, grey paused, green met, blue on track. */
export const SLA_COLOR: Record<SlaState, string> = {
  BREACHED: 'red',
  AT_RISK: 'orange',
  PAUSED: 'default',
  MET: 'green',
  ON_TRACK: 'blue',
};

/** A span of minutes for people: "45 分钟", "2 小时 5 分钟", "3 天 4 小时". */
export function formatMinutes(totalMinutes: number, t: TFunction): string {
  const minutes = Math.max(0, Math.round(totalMinutes));
  if (minutes < 60) return t('ticketDesk.duration.minutes', { count: minutes });
  if (minutes < 24 * 60) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return rest === 0 ? t('ticketDesk.duration.hours', { count: hours }) : t('ticketDesk.duration.hoursMinutes', { hours, minutes: rest });
  }
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  return hours === 0 ? t('ticketDesk.duration.days', { count: days }) : t('ticketDesk.duration.daysHours', { days, hours });
}

/** How far a deadline is from now, in words: "2 小时后到期" or "已超时 30 分钟". */
export function relativeDue(dueAt: string, t: TFunction, now: number = Date.now()): string {
  const minutes = (Date.parse(dueAt) - now) / 60_000;
  return minutes >= 0 ? t('ticketDesk.sla.dueIn', { time: formatMinutes(minutes, t) }) : t('ticketDesk.sla.overdue', { time: formatMinutes(-minutes, t) });
}
