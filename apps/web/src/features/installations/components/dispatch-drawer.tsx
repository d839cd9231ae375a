import { CloseCircleOutlined, ScheduleOutlined } from '@ant-design/icons';
import { AppointmentEvent, appointmentMachine, AppointmentStatus } from '@pos/shared';
import { App, Button, Divider, Drawer, Flex, Grid, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { useCancelConsoleInstallation, useConsoleInstallation, useRescheduleConsoleInstallation } from '../api/dispatch.api';
import { AppointmentStatusTag } from './appointment-status-tag';
import { ConfirmForm } from './confirm-form';
import { InstallationFacts } from './installation-facts';
import { InstallationResult } from './installation-result';
import { ReasonModal } from './reason-modal';

interface DispatchDrawerProps {
  /** The open appointment; the drawer is closed without one. */
  installationId: string | undefined;
  onClose: () => void;
}

/** One appointment for the dispatcher: the facts, then confirm, reschedule or cancel as its status allows. */
export function DispatchDrawer({ installationId, onClose }: DispatchDrawerProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const { message } = App.useApp();
  const installation = useConsoleInstallation(installationId);
  const reschedule = useRescheduleConsoleInstallation(installationId ?? '');
  const cancel = useCancelConsoleInstallation(installationId ?? '');
  const [dialog, setDialog] = useState<'reschedule' | 'cancel' | undefined>();
  const view = installation.data;

  return (
    <Drawer
      open={Boolean(installationId)}
      onClose={onClose}
      size={screens.md === false ? '100%' : 640}
      destroyOnHidden
      title={
        view ? (
          <Flex gap={8} align="center" wrap>
            <span>{t('installations.dispatch.drawerTitle', { reference: view.applicationReference })}</span>
            <AppointmentStatusTag status={view.status} testId="drawer-installation-status" />
          </Flex>
        ) : (
          t('installations.dispatch.title')
        )
      }
      data-testid="dispatch-drawer"
    >
      {installation.isError ? (
        <LoadFailedAlert title={t('installations.dispatch.detailFailed')} error={installation.error} onRetry={() => void installation.refetch()} />
      ) : !view ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Flex vertical gap={16}>
          <InstallationFacts installation={view} column={1} />
          {(view.status === AppointmentStatus.TESTED || view.status === AppointmentStatus.ACCEPTED) && <InstallationResult installation={view} />}
          {appointmentMachine.can(view.status, AppointmentEvent.CONFIRM) && (
            <>
              <Divider style={{ margin: 0 }} />
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t('installations.dispatch.confirmTitle')}
              </Typography.Title>
              <ConfirmForm key={view.updatedAt} installation={view} />
            </>
          )}
          {(appointmentMachine.can(view.status, AppointmentEvent.RESCHEDULE) || appointmentMachine.can(view.status, AppointmentEvent.CANCEL)) && (
            <>
              <Divider style={{ margin: 0 }} />
              <Flex gap={8} wrap>
                {appointmentMachine.can(view.status, AppointmentEvent.RESCHEDULE) && (
                  <Button icon={<ScheduleOutlined />} onClick={() => setDialog('reschedule')} data-testid="reschedule-installation">
                    {t('installations.card.reschedule')}
                  </Button>
                )}
                {appointmentMachine.can(view.status, AppointmentEvent.CANCEL) && (
                  <Button danger icon={<CloseCircleOutlined />} onClick={() => setDialog('cancel')} data-testid="cancel-installation">
                    {t('installations.card.cancel')}
                  </Button>
                )}
              </Flex>
            </>
          )}
        </Flex>
      )}
      <ReasonModal
        open={dialog === 'reschedule'}
        title={t('installations.card.rescheduleTitle')}
        intro={t('installations.dispatch.rescheduleIntro')}
        okText={t('installations.card.submit')}
        windowsMin={1}
        testId="reschedule"
        onSubmit={({ reason, windows = [] }) => reschedule.mutateAsync({ reason, windows }).then(() => void message.success(t('installations.card.rescheduled')))}
        onClose={() => setDialog(undefined)}
      />
      <ReasonModal
        open={dialog === 'cancel'}
        title={t('installations.card.cancelTitle')}
        okText={t('installations.card.cancelOk')}
        danger
        testId="cancel"
        onSubmit={({ reason }) => cancel.mutateAsync({ reason }).then(() => void message.success(t('installations.card.cancelled')))}
        onClose={() => setDialog(undefined)}
      />
    </Drawer>
  );
}
