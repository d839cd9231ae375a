import { CheckOutlined, CloseCircleOutlined, ExclamationCircleOutlined, ScheduleOutlined } from '@ant-design/icons';
import { AppointmentEvent, appointmentMachine, AppointmentStatus, type InstallationView } from '@pos/shared';
import { Alert, App, Button, Card, Descriptions, Flex, Modal, Typography, type DescriptionsProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { useLocale } from '../../../lib/i18n';
import { useAcceptInstallation, useCancelInstallation, useDisputeInstallation, useRescheduleInstallation } from '../api/installations.api';
import { canCancel, canOfferNewWindows } from './appointment-rules';
import { AppointmentStatusTag } from './appointment-status-tag';
import { InstallationResult } from './installation-result';
import { ReasonModal } from './reason-modal';
import { formatWindow } from './time-window';
import { WindowList } from './window-list';

interface AppointmentCardProps {
  installation: InstallationView;
  /** The merchant's terminal list, linked once the terminals are live. */
  terminalsPath: string;
  /** After a change that moves the application on too (acceptance, dispute, cancellation…). */
  onChanged?: () => void;
}

type Dialog = 'reschedule' | 'cancel' | 'accept' | 'dispute' | undefined;

const HINT_TYPE: Record<AppointmentStatus, 'info' | 'success' | 'warning'> = {
  PROPOSED: 'info',
  CONFIRMED: 'info',
  ON_SITE: 'info',
  TESTED: 'warning',
  ACCEPTED: 'success',
  CANCELLED: 'info',
};

/** The merchant's view of the installation visit: when, who, what was done, and what they can do now. */
export function AppointmentCard({ installation: view, terminalsPath, onChanged }: AppointmentCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>();
  const reschedule = useRescheduleInstallation();
  const cancel = useCancelInstallation();
  const accept = useAcceptInstallation();
  const dispute = useDisputeInstallation();

  const tested = view.status === AppointmentStatus.TESTED;
  const canAccept = appointmentMachine.can(view.status, AppointmentEvent.MERCHANT_ACCEPT);
  const canDispute = appointmentMachine.can(view.status, AppointmentEvent.DISPUTE);
  const showResult = tested || view.status === AppointmentStatus.ACCEPTED;
  const done = (text: string) => {
    void message.success(text);
    onChanged?.();
  };

  const items: DescriptionsProps['items'] = [
    { key: 'address', label: t('installations.card.address'), children: view.address },
    {
      key: 'contact',
      label: t('installations.card.contact'),
      children: [view.merchant.contactName, view.merchant.contactMobile].filter(Boolean).join(' ') || t('common.none'),
    },
    view.confirmedWindow
      ? {
          key: 'confirmedWindow',
          label: t('installations.card.confirmedWindow'),
          children: (
            <Typography.Text strong data-testid="confirmed-window">
              {formatWindow(view.confirmedWindow, locale)}
            </Typography.Text>
          ),
        }
      : { key: 'proposedWindows', label: t('installations.card.proposedWindows'), children: <WindowList windows={view.proposedWindows} testId="proposed-windows" /> },
    ...(view.technician
      ? [
          {
            key: 'technician',
            label: t('installations.card.technician'),
            children: (
              <span data-testid="technician">
                {view.technician.displayName}
                {view.technician.mobile && (
                  <>
                    {' '}
                    <a href={`tel:${view.technician.mobile}`}>{view.technician.mobile}</a>
                  </>
                )}
              </span>
            ),
          },
        ]
      : []),
    ...(view.notes ? [{ key: 'notes', label: t('installations.card.notes'), children: view.notes }] : []),
    ...(view.lastReason
      ? [{ key: 'lastReason', label: t('installations.card.lastReason'), children: <span data-testid="last-reason">{view.lastReason}</span> }]
      : []),
  ];

  return (
    <Card
      data-testid="installation-card"
      title={
        <Flex gap={8} align="center" wrap>
          <span>
            <ScheduleOutlined /> {t('installations.card.title')}
          </span>
          <AppointmentStatusTag status={view.status} />
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <Alert type={HINT_TYPE[view.status]} showIcon title={t(`installations.card.hints.${view.status}`)} />
        <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} />
        {showResult && <InstallationResult installation={view} />}
        {view.status === AppointmentStatus.ACCEPTED && (
          <Alert
            type="success"
            showIcon
            title={t('installations.card.liveTitle')}
            description={t('installations.card.liveText')}
            action={
              <Link to={terminalsPath} data-testid="view-terminals">
                {t('installations.card.viewTerminals')}
              </Link>
            }
          />
        )}
        <Flex gap={8} wrap>
          {canAccept && (
            <Button type="primary" size="large" icon={<CheckOutlined />} onClick={() => setDialog('accept')} data-testid="confirm-installation">
              {t('installations.card.accept')}
            </Button>
          )}
          {canDispute && (
            <Button size="large" danger icon={<ExclamationCircleOutlined />} onClick={() => setDialog('dispute')} data-testid="dispute-installation">
              {t('installations.card.dispute')}
            </Button>
          )}
          {canOfferNewWindows(view.status) && (
            <Button icon={<ScheduleOutlined />} onClick={() => setDialog('reschedule')} data-testid="reschedule-installation">
              {view.status === AppointmentStatus.PROPOSED ? t('installations.card.changeTimes') : t('installations.card.reschedule')}
            </Button>
          )}
          {canCancel(view.status) && (
            <Button danger type="text" icon={<CloseCircleOutlined />} onClick={() => setDialog('cancel')} data-testid="cancel-installation">
              {t('installations.card.cancel')}
            </Button>
          )}
        </Flex>
      </Flex>

      <Modal
        open={dialog === 'accept'}
        title={t('installations.card.acceptTitle')}
        onCancel={() => setDialog(undefined)}
        footer={
          <Flex justify="flex-end" gap={8} wrap>
            <Button onClick={() => setDialog(undefined)} disabled={accept.isPending}>
              {t('common.close')}
            </Button>
            <Button
              type="primary"
              loading={accept.isPending}
              data-testid="accept-installation"
              onClick={() =>
                accept.mutate(view.id, {
                  onSuccess: () => {
                    setDialog(undefined);
                    done(t('installations.card.accepted'));
                  },
                })
              }
            >
              {t('installations.card.acceptOk')}
            </Button>
          </Flex>
        }
      >
        <Typography.Paragraph>{t('installations.card.acceptText')}</Typography.Paragraph>
        {accept.isError && (
          <Alert
            role="alert"
            type="error"
            showIcon
            title={t('installations.card.actionFailed')}
            description={isApiError(accept.error) ? apiErrorText(accept.error, locale) : undefined}
          />
        )}
      </Modal>
      <ReasonModal
        open={dialog === 'dispute'}
        title={t('installations.card.disputeTitle')}
        intro={t('installations.card.disputeIntro')}
        reasonLabel={t('installations.card.disputeReason')}
        okText={t('installations.card.submit')}
        danger
        testId="dispute"
        onSubmit={({ reason }) => dispute.mutateAsync({ id: view.id, reason }).then(() => done(t('installations.card.disputed')))}
        onClose={() => setDialog(undefined)}
      />
      <ReasonModal
        open={dialog === 'reschedule'}
        title={view.status === AppointmentStatus.PROPOSED ? t('installations.card.changeTimes') : t('installations.card.rescheduleTitle')}
        intro={t('installations.card.rescheduleIntro')}
        okText={t('installations.card.submit')}
        windowsMin={2}
        testId="reschedule"
        onSubmit={({ reason, windows = [] }) =>
          reschedule.mutateAsync({ id: view.id, reason, windows }).then(() => done(t('installations.card.rescheduled')))
        }
        onClose={() => setDialog(undefined)}
      />
      <ReasonModal
        open={dialog === 'cancel'}
        title={t('installations.card.cancelTitle')}
        okText={t('installations.card.cancelOk')}
        danger
        testId="cancel"
        onSubmit={({ reason }) => cancel.mutateAsync({ id: view.id, reason }).then(() => done(t('installations.card.cancelled')))}
        onClose={() => setDialog(undefined)}
      />
    </Card>
  );
}
