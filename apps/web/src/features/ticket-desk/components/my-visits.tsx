import { CheckOutlined, EnvironmentOutlined, PhoneOutlined } from '@ant-design/icons';
import { SiteVisitStatus, type SiteVisitView } from '@pos/shared';
import { Alert, App, Button, Card, Empty, Flex, Form, Input, Modal, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyResolvedFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCompleteVisit, useMyVisits } from '../api/visits.api';
import { SiteVisitStatusTag, useVisitWindow } from './site-visit-list';

/** One visit on the technician's phone: when, where, whom to call, what the ticket is about, one big button. */
function VisitCard({ visit, onComplete }: { visit: SiteVisitView; onComplete: () => void }) {
  const { t } = useTranslation();
  const windowText = useVisitWindow();
  const merchantName = visit.merchant.businessName ?? visit.merchant.displayName;
  return (
    <Card data-testid="visit-card" data-visit-id={visit.id} styles={{ body: { padding: 16 } }}>
      <Flex vertical gap={10}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {windowText(visit)}
          </Typography.Text>
          <SiteVisitStatusTag status={visit.status} />
        </Flex>
        <Typography.Title level={5} style={{ margin: 0, overflowWrap: 'anywhere' }}>
          {merchantName}
        </Typography.Title>
        <Typography.Text style={{ overflowWrap: 'anywhere' }}>
          <EnvironmentOutlined /> {visit.address}
        </Typography.Text>
        <Typography.Text>{t('ticketDesk.myVisits.terminal', { serial: visit.terminal.serialNumber, model: visit.terminal.model })}</Typography.Text>
        <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
          {t('ticketDesk.myVisits.ticket', { reference: visit.ticket.reference, subject: visit.ticket.subject })}
        </Typography.Text>
        {visit.instructions && (
          <Typography.Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{t('ticketDesk.myVisits.instructions', { text: visit.instructions })}</Typography.Text>
        )}
        {visit.result && <Typography.Text type="success">{t('ticketDesk.myVisits.result', { result: visit.result })}</Typography.Text>}
        <Flex gap={8} wrap>
          {visit.merchant.mobile && (
            <Button size="large" icon={<PhoneOutlined />} href={`tel:${visit.merchant.mobile}`} style={{ flex: '1 1 140px' }} data-testid="visit-call">
              {visit.merchant.mobile}
            </Button>
          )}
          {visit.status === SiteVisitStatus.SCHEDULED && (
            <Button size="large" type="primary" icon={<CheckOutlined />} onClick={onComplete} style={{ flex: '1 1 140px' }} data-testid="visit-complete">
              {t('ticketDesk.myVisits.complete')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}

/** What the technician did, recorded on the visit and shown to the support desk. */
function CompleteModal({ visit, onClose }: { visit: SiteVisitView | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ result?: string }>();
  const complete = useCompleteVisit();
  const close = () => {
    complete.reset();
    onClose();
  };
  const error = complete.error;
  const fieldOnly = isApiError(error) && error.fieldErrors.length > 0 && error.fieldErrors.every((field) => field.field === 'result');
  return (
    <Modal
      open={Boolean(visit)}
      title={t('ticketDesk.myVisits.completeTitle')}
      onCancel={close}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button size="large" onClick={close}>
            {t('ticketDesk.myVisits.cancel')}
          </Button>
          <Button size="large" type="primary" loading={complete.isPending} onClick={() => form.submit()} data-testid="visit-complete-confirm">
            {t('ticketDesk.myVisits.submit')}
          </Button>
        </Flex>
      }
    >
      {complete.isError && !fieldOnly && (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={t('ticketDesk.myVisits.completeFailed')}
          description={isApiError(error) ? apiErrorText(error, locale) : undefined}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form<{ result?: string }>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={({ result = '' }) => {
          if (!visit) return;
          complete.mutate(
            { id: visit.id, result: result.trim() },
            {
              onSuccess: () => {
                void message.success(t('ticketDesk.myVisits.completed'));
                close();
              },
              onError: (failure) => {
                if (isApiError(failure)) applyResolvedFieldErrors(form, failure.fieldErrors, (field) => (field === 'result' ? ['result'] : undefined));
              },
            },
          );
        }}
      >
        <Form.Item
          name="result"
          label={t('ticketDesk.myVisits.resultLabel')}
          rules={[{ required: true, whitespace: true, message: t('ticketDesk.myVisits.resultRequired') }]}
          style={{ marginBottom: 0 }}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('ticketDesk.myVisits.resultPlaceholder')} data-testid="visit-result" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 上门维修: the technician's fault visits as cards, one column, made for a phone; scheduled first, soonest first. */
export function MyVisits() {
  const { t } = useTranslation();
  const visits = useMyVisits();
  const [completing, setCompleting] = useState<SiteVisitView | undefined>();
  useDocumentTitle(t('ticketDesk.myVisits.title'));

  const header = (
    <div>
      <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
        {t('ticketDesk.myVisits.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('ticketDesk.myVisits.subtitle')}</Typography.Text>
    </div>
  );

  let body;
  if (visits.isError) {
    body = <LoadFailedAlert title={t('ticketDesk.myVisits.loadFailed')} error={visits.error} onRetry={() => void visits.refetch()} />;
  } else if (visits.isPending) {
    body = (
      <Card>
        <Skeleton active paragraph={{ rows: 4 }} />
      </Card>
    );
  } else if (visits.data.items.length === 0) {
    body = (
      <Card>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ticketDesk.myVisits.empty')} />
      </Card>
    );
  } else {
    const byStart = (a: SiteVisitView, b: SiteVisitView) => Date.parse(a.scheduledStart) - Date.parse(b.scheduledStart);
    const scheduled = visits.data.items.filter((visit) => visit.status === SiteVisitStatus.SCHEDULED).sort(byStart);
    const done = visits.data.items.filter((visit) => visit.status !== SiteVisitStatus.SCHEDULED).sort((a, b) => byStart(b, a));
    body = (
      <>
        {(['scheduled', 'done'] as const).map((group) => {
          const items = group === 'scheduled' ? scheduled : done;
          if (items.length === 0) return null;
          return (
            <section key={group} aria-label={t(`ticketDesk.myVisits.groups.${group}`)} data-testid={`visit-group-${group}`}>
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {t(`ticketDesk.myVisits.groups.${group}`)} · {items.length}
              </Typography.Title>
              <Flex vertical gap={12}>
                {items.map((visit) => (
                  <VisitCard key={visit.id} visit={visit} onComplete={() => setCompleting(visit)} />
                ))}
              </Flex>
            </section>
          );
        })}
      </>
    );
  }

  return (
    <Flex vertical gap={16} style={{ maxWidth: 720, width: '100%', margin: '0 auto' }}>
      {header}
      {body}
      <CompleteModal visit={completing} onClose={() => setCompleting(undefined)} />
    </Flex>
  );
}
