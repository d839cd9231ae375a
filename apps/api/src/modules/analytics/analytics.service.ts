import { Injectable } from '@nestjs/common';
import { type AnalyticsDashboard, type AnalyticsTable, FAULT_CATEGORY_LABELS, FUNNEL_STAGES, type FunnelReport, type Locale, Role, responseCodeInfo, type ReviewReport, type TicketReport } from '@pos/shared';
import { stringify } from 'csv-stringify/sync';
import { type AuthUser, providerScopeOf } from '../../core/auth/auth-user.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { AnalyticsRepository, type TimeRange } from './analytics.repository.js';

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
const MAX_RANGE_DAYS = 366;

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part * 1000) / whole) / 10 : null);
const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
const minutes = (seconds: number | null) => (seconds === null ? null : Math.round(seconds / 60));

/** The Beijing dates `from`..`to` (inclusive) as the instants [from 00:00, the day after `to` 00:00) Beijing time. */
export function beijingRange(from: string, to: string): TimeRange {
  const start = Date.parse(`${from}T00:00:00Z`) - CHINA_OFFSET_MS;
  const end = Date.parse(`${to}T00:00:00Z`) - CHINA_OFFSET_MS + DAY_MS;
  if (Number.isNaN(start) || Number.isNaN(end)) throw DomainError.invalidFields([{ field: 'from', code: 'isDateString' }]);
  if (end <= start) throw DomainError.invalidFields([{ field: 'to', code: 'rangeInvalid' }]);
  if (end - start > MAX_RANGE_DAYS * DAY_MS) throw DomainError.invalidFields([{ field: 'to', code: 'rangeTooLong' }]);
  return { from: new Date(start), to: new Date(end) };
}

/** Which sections a role sees: the admin everything, reviewers and support the parts about their own work. */
const SECTIONS: Record<string, { funnel: boolean; review: boolean; tickets: boolean }> = {
  [Role.PROVIDER_ADMIN]: { funnel: true, review: true, tickets: true },
  [Role.REVIEWER]: { funnel: true, review: true, tickets: false },
  [Role.SUPPORT]: { funnel: false, review: false, tickets: true },
};

const TABLE_SECTION: Record<AnalyticsTable, 'funnel' | 'review' | 'tickets' | 'any'> = {
  funnel: 'funnel',
  'rejected-documents': 'review',
  'tickets-by-category': 'tickets',
  'tickets-by-response-code': 'tickets',
  satisfaction: 'tickets',
  summary: 'any',
};

const HEADERS: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    weekStart: '周起始日', submitted: '提交', approved: '通过', signed: '签约', installed: '装机', live: '上线',
    documentType: '材料类型', count: '数量', category: '故障类型', responseCode: '应答码', meaning: '含义', rating: '评分',
    metric: '指标', value: '数值',
  },
  en: {
    weekStart: 'Week starting', submitted: 'Submitted', approved: 'Approved', signed: 'Signed', installed: 'Installed', live: 'Live',
    documentType: 'Document type', count: 'Count', category: 'Category', responseCode: 'Response code', meaning: 'Meaning', rating: 'Rating',
    metric: 'Metric', value: 'Value',
  },
};

/** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark; without it Chinese turns to mojibake. */
const UTF8_BOM = '\uFEFF';

/** The provider dashboard: onboarding funnel, review performance, tickets and self-service, for a date range. */
@Injectable()
export class AnalyticsService {
  constructor(private readonly analytics: AnalyticsRepository) {}

  async dashboard(user: AuthUser, from: string, to: string): Promise<AnalyticsDashboard> {
    const providerId = providerScopeOf(user);
    const range = beijingRange(from, to);
    const sections = SECTIONS[user.role] ?? { funnel: false, review: false, tickets: false };
    const [funnel, review, tickets] = await Promise.all([
      sections.funnel ? this.funnel(providerId, range) : null,
      sections.review ? this.review(providerId, range) : null,
      sections.tickets ? this.tickets(providerId, range) : null,
    ]);
    return { from, to, funnel, review, tickets };
  }

  async csv(user: AuthUser, table: AnalyticsTable, from: string, to: string, locale: Locale): Promise<string> {
    const section = TABLE_SECTION[table];
    const allowed = SECTIONS[user.role] ?? { funnel: false, review: false, tickets: false };
    if (section !== 'any' && !allowed[section]) throw DomainError.forbidden();
    // Only the section the table comes from: exporting the funnel should not run the ticket aggregates too.
    const dashboard = section === 'any' ? await this.dashboard(user, from, to) : await this.section(user, section, from, to);
    const h = HEADERS[locale];
    const language = locale === 'en' ? 'en' : 'zh';
    let columns: string[];
    let rows: (string | number | null)[][];
    switch (table) {
      case 'funnel':
        columns = ['weekStart', ...FUNNEL_STAGES];
        rows = dashboard.funnel!.weeks.map((week) => [week.weekStart, week.submitted, week.approved, week.signed, week.installed, week.live]);
        break;
      case 'rejected-documents':
        columns = ['documentType', 'count'];
        rows = dashboard.review!.rejectedDocuments.map((row) => [row.documentType, row.count]);
        break;
      case 'tickets-by-category':
        columns = ['category', 'count'];
        rows = dashboard.tickets!.byCategory.map((row) => [FAULT_CATEGORY_LABELS[row.category][language], row.count]);
        break;
      case 'tickets-by-response-code':
        columns = ['responseCode', 'meaning', 'count'];
        rows = dashboard.tickets!.byResponseCode.map((row) => [row.responseCode, responseCodeInfo(row.responseCode)?.meaning[language] ?? '', row.count]);
        break;
      case 'satisfaction':
        columns = ['rating', 'count'];
        rows = dashboard.tickets!.satisfaction.distribution.map((row) => [row.rating, row.count]);
        break;
      case 'summary':
        columns = ['metric', 'value'];
        rows = summaryRows(dashboard);
        break;
    }
    return UTF8_BOM + stringify([columns.map((column) => h[column] ?? column), ...rows]);
  }

  private async section(user: AuthUser, section: 'funnel' | 'review' | 'tickets', from: string, to: string): Promise<AnalyticsDashboard> {
    const providerId = providerScopeOf(user);
    const range = beijingRange(from, to);
    return {
      from,
      to,
      funnel: section === 'funnel' ? await this.funnel(providerId, range) : null,
      review: section === 'review' ? await this.review(providerId, range) : null,
      tickets: section === 'tickets' ? await this.tickets(providerId, range) : null,
    };
  }

  private async funnel(providerId: string, range: TimeRange): Promise<FunnelReport> {
    const weeks = (await this.analytics.funnel(providerId, range)).map((row) => ({ ...row, weekStart: row.weekStart.toISOString().slice(0, 10) }));
    const totals = { submitted: 0, approved: 0, signed: 0, installed: 0, live: 0 };
    for (const week of weeks) for (const stage of FUNNEL_STAGES) totals[stage] += week[stage];
    return {
      weeks,
      totals,
      conversionPercent: {
        approved: percent(totals.approved, totals.submitted),
        signed: percent(totals.signed, totals.approved),
        installed: percent(totals.installed, totals.signed),
        live: percent(totals.live, totals.installed),
      },
    };
  }

  private async review(providerId: string, range: TimeRange): Promise<ReviewReport> {
    const [[stats], rejectedDocuments, lead] = await Promise.all([
      this.analytics.reviewStats([providerId], range),
      this.analytics.rejectedDocuments(providerId, range),
      this.analytics.installationLeadTime(providerId, range),
    ]);
    const decided = stats?.decided ?? 0;
    return {
      decided,
      approved: stats?.approved ?? 0,
      rejected: decided - (stats?.approved ?? 0),
      medianBusinessDays: oneDecimal(stats?.medianBusinessDays ?? null),
      p90BusinessDays: oneDecimal(stats?.p90BusinessDays ?? null),
      withinSlaPercent: percent(stats?.withinSla ?? 0, decided),
      changesRequestedPercent: percent(stats?.withChangeRequests ?? 0, decided),
      rejectedDocuments,
      installationLeadTimeMedianDays: oneDecimal(lead.medianDays),
      installationsAccepted: lead.accepted,
    };
  }

  private async tickets(providerId: string, range: TimeRange): Promise<TicketReport> {
    const [[stats], byCategory, byResponseCode, distribution, selfService] = await Promise.all([
      this.analytics.ticketStats([providerId], range),
      this.analytics.ticketsByCategory(providerId, range),
      this.analytics.ticketsByResponseCode(providerId, range),
      this.analytics.ratingDistribution(providerId, range),
      this.analytics.selfService(providerId, range),
    ]);
    return {
      opened: stats?.opened ?? 0,
      byCategory,
      byResponseCode,
      selfService: { ...selfService, selfResolvedPercent: percent(selfService.selfResolved, selfService.selfResolved + selfService.escalated) },
      firstResponse: { responded: stats?.responded ?? 0, medianMinutes: minutes(stats?.medianFirstResponseSeconds ?? null), withinSlaPercent: percent(stats?.firstResponseWithinSla ?? 0, stats?.responded ?? 0) },
      resolution: { resolved: stats?.resolved ?? 0, medianMinutes: minutes(stats?.medianResolutionSeconds ?? null), withinSlaPercent: percent(stats?.resolutionWithinSla ?? 0, stats?.resolved ?? 0) },
      satisfaction: { rated: stats?.rated ?? 0, average: oneDecimal(stats?.averageRating ?? null), distribution },
    };
  }
}

/** The headline figures as metric/value rows (metric names are stable keys, the same in both languages). */
function summaryRows(dashboard: AnalyticsDashboard): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [['from', dashboard.from], ['to', dashboard.to]];
  if (dashboard.funnel) for (const stage of FUNNEL_STAGES) rows.push([`funnel.${stage}`, dashboard.funnel.totals[stage]]);
  if (dashboard.review) {
    const r = dashboard.review;
    rows.push(['review.decided', r.decided], ['review.medianBusinessDays', r.medianBusinessDays], ['review.p90BusinessDays', r.p90BusinessDays], ['review.withinSlaPercent', r.withinSlaPercent], ['review.changesRequestedPercent', r.changesRequestedPercent], ['installation.leadTimeMedianDays', r.installationLeadTimeMedianDays]);
  }
  if (dashboard.tickets) {
    const t = dashboard.tickets;
    rows.push(['tickets.opened', t.opened], ['tickets.selfResolvedPercent', t.selfService.selfResolvedPercent], ['tickets.firstResponseMedianMinutes', t.firstResponse.medianMinutes], ['tickets.firstResponseWithinSlaPercent', t.firstResponse.withinSlaPercent], ['tickets.resolutionMedianMinutes', t.resolution.medianMinutes], ['tickets.resolutionWithinSlaPercent', t.resolution.withinSlaPercent], ['tickets.averageRating', t.satisfaction.average]);
  }
  return rows;
}
