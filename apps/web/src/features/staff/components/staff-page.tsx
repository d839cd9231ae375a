import { FIELD_RULE_MESSAGES, type InviteStaffRequest, INVITATION_TTL_DAYS, PROVIDER_STAFF_ROLES, type ProviderStaffRole } from '@pos/shared';
import { App, Button, Card, Flex, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyFieldErrors } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { type StaffMember, useChangeStaffRole, useInviteStaff, useResendInvitation, useSetStaffActive, useStaff } from '../api/staff.api';

interface StaffPageProps {
  /** The provider's name, shown in the subtitle. */
  providerName: string;
  /** The signed-in admin: they cannot deactivate or demote themselves (the API refuses it too). */
  selfId?: string;
}

const STATUS_COLOR = { ACTIVE: 'green', INVITED: 'gold', DISABLED: 'default' } as const;

/** PROVIDER_ADMIN: the accounts of their own provider, with invitations, roles and deactivation. */
export function StaffPage({ providerName, selfId }: StaffPageProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const staff = useStaff();
  const changeRole = useChangeStaffRole();
  const setActive = useSetStaffActive();
  const resend = useResendInvitation();
  const [inviting, setInviting] = useState(false);
  useDocumentTitle(t('staff.title'));

  const showError = (error: unknown) => void message.error(isApiError(error) ? apiErrorText(error, locale) : String(error));
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  const columns: TableColumnsType<StaffMember> = [
    {
      title: t('staff.columns.displayName'),
      dataIndex: 'displayName',
      render: (name: string, member) => (
        <Flex vertical>
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong>
              {name}
              {member.id === selfId && t('staffAdmin.you')}
            </Typography.Text>
            <Tag color={STATUS_COLOR[member.status]} data-testid={`staff-status-${member.email ?? member.id}`}>
              {t(`staffAdmin.status.${member.status}`)}
            </Tag>
          </Flex>
          {member.status === 'INVITED' && member.invitationExpiresAt && (
            <Typography.Text type="secondary">{t('staffAdmin.invitationExpires', { at: formatDateTime(member.invitationExpiresAt, locale) })}</Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('staff.columns.role'),
      dataIndex: 'role',
      render: (role: ProviderStaffRole, member) =>
        member.id === selfId || member.status === 'DISABLED' ? (
          <Tag color={role === 'PROVIDER_ADMIN' ? 'blue' : 'default'}>{t(`roles.${role}`)}</Tag>
        ) : (
          <Select<ProviderStaffRole>
            aria-label={`${t('staffAdmin.changeRole')} ${member.displayName}`}
            size="small"
            value={role}
            style={{ minWidth: 140 }}
            disabled={changeRole.isPending}
            options={PROVIDER_STAFF_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
            onChange={(next) =>
              changeRole.mutateAsync({ id: member.id, role: next }).then(() => void message.success(t('staffAdmin.roleChanged', { name: member.displayName, role: t(`roles.${next}`) })), showError)
            }
            data-testid={`staff-role-${member.email ?? member.id}`}
          />
        ),
    },
    { title: t('staff.columns.mobile'), dataIndex: 'mobile', render: (mobile: string | null) => mobile ?? dash, responsive: ['md'] },
    { title: t('staff.columns.email'), dataIndex: 'email', render: (email: string | null) => email ?? dash, responsive: ['lg'] },
    {
      title: t('staff.columns.lastLoginAt'),
      dataIndex: 'lastLoginAt',
      render: (at: string | null) => (at ? formatDateTime(at, locale) : <Typography.Text type="secondary">{t('staff.neverLoggedIn')}</Typography.Text>),
      responsive: ['sm'],
    },
    {
      title: t('staffAdmin.actions'),
      key: 'actions',
      render: (_, member) =>
        member.id === selfId ? null : (
          <Space wrap>
            {member.status === 'INVITED' && (
              <Button size="small" onClick={() => resend.mutateAsync(member.id).then(() => void message.success(t('staffAdmin.resent')), showError)}>
                {t('staffAdmin.resend')}
              </Button>
            )}
            {member.status === 'DISABLED' ? (
              <Button size="small" onClick={() => setActive.mutateAsync({ id: member.id, active: true }).then(() => void message.success(t('staffAdmin.reactivated', { name: member.displayName })), showError)} data-testid={`staff-reactivate-${member.email ?? member.id}`}>
                {t('staffAdmin.reactivate')}
              </Button>
            ) : (
              <Popconfirm
                title={t('staffAdmin.deactivateConfirm', { name: member.displayName })}
                description={t('staffAdmin.deactivateHint')}
                okButtonProps={{ danger: true }}
                onConfirm={() => setActive.mutateAsync({ id: member.id, active: false }).then(() => void message.success(t('staffAdmin.deactivated', { name: member.displayName })), showError)}
              >
                <Button size="small" danger data-testid={`staff-deactivate-${member.email ?? member.id}`}>
                  {t('staffAdmin.deactivate')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
            {t('staff.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('staff.subtitle', { provider: providerName })}</Typography.Text>
        </div>
        <Button type="primary" onClick={() => setInviting(true)} data-testid="staff-invite">
          {t('staffAdmin.invite')}
        </Button>
      </Flex>
      {staff.isError ? (
        <LoadFailedAlert title={t('staff.loadFailed')} error={staff.error} onRetry={() => void staff.refetch()} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<StaffMember>
            rowKey="id"
            columns={columns}
            dataSource={staff.data?.items}
            loading={staff.isPending}
            locale={{ emptyText: t('staff.empty') }}
            pagination={{ hideOnSinglePage: true, pageSize: 20, showTotal: (total) => t('staff.total', { count: total }) }}
            scroll={{ x: 'max-content' }}
          />
        </Card>
      )}
      <InviteStaffModal open={inviting} onClose={() => setInviting(false)} />
    </Flex>
  );
}

function InviteStaffModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const invite = useInviteStaff();
  const [form] = Form.useForm<InviteStaffRequest>();
  const required = [{ required: true, message: FIELD_RULE_MESSAGES[locale].required }];

  const submit = (values: InviteStaffRequest) =>
    invite.mutateAsync(values).then(
      (account) => {
        void message.success(t('staffAdmin.invited', { email: account.email }));
        form.resetFields();
        onClose();
      },
      (error: unknown) => {
        if (isApiError(error) && error.fieldErrors.length > 0 && applyFieldErrors(form, error.fieldErrors, ['email', 'displayName', 'role', 'locale']).length === 0) return;
        void message.error(isApiError(error) ? apiErrorText(error, locale) : String(error));
      },
    );

  return (
    <Modal open={open} title={t('staffAdmin.inviteTitle')} onCancel={onClose} onOk={() => form.submit()} okText={t('staffAdmin.send')} confirmLoading={invite.isPending} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('platformAdmin.invite.hint', { days: INVITATION_TTL_DAYS })}</Typography.Paragraph>
      <Form<InviteStaffRequest> form={form} layout="vertical" onFinish={submit} initialValues={{ role: 'REVIEWER', locale: 'zh-CN' }}>
        <Form.Item name="email" label={t('staffAdmin.email')} rules={[...required, { type: 'email', message: FIELD_RULE_MESSAGES[locale].isEmail }]}>
          <Input type="email" maxLength={254} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('staffAdmin.displayName')} rules={required}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="role" label={t('staffAdmin.role')} rules={required}>
          <Select options={PROVIDER_STAFF_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))} />
        </Form.Item>
        <Form.Item name="locale" label={t('staffAdmin.locale')}>
          <Select options={(['zh-CN', 'en'] as const).map((value) => ({ value, label: t(`localeNames.${value}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
