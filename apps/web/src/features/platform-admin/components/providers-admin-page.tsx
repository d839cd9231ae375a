import { type AdminProviderView, type CreateProviderRequest, FIELD_RULE_MESSAGES, INVITATION_TTL_DAYS, type Locale, ProviderKind, REGIONS, SettlementCycle } from '@pos/shared';
import { App, Button, Card, Flex, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { ButtonProps, FormInstance, TableColumnsType } from 'antd';
import { type HTMLAttributes, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { isApiError } from '../../../lib/api-client';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAdminProviders, useCreateProvider, useInviteProviderAdmin, useProviderStatusChange } from '../api/admin.api';
import { useErrorToast } from './use-error-toast';

const PROVIDER_FIELDS = ['kind', 'name', 'nameEn', 'licenceNumber', 'description', 'descriptionEn', 'contactPhone', 'serviceRegions', 'settlementCycle', 'responseHours', 'onSiteHours'];

/** PLATFORM_ADMIN: every provider, with onboarding (create, invite the first admin) and suspension. */
export function ProvidersAdminPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const showError = useErrorToast();
  const providers = useAdminProviders();
  const statusChange = useProviderStatusChange();
  const [creating, setCreating] = useState(false);
  const [inviting, setInviting] = useState<AdminProviderView | null>(null);
  const [reason, setReason] = useState('');
  useDocumentTitle(t('platformAdmin.providers.title'));

  const changeStatus = (provider: AdminProviderView, action: 'suspend' | 'restore') =>
    statusChange.mutateAsync({ id: provider.id, action, reason: reason.trim() || undefined }).then(
      () => {
        setReason('');
        void message.success(t(action === 'suspend' ? 'platformAdmin.providers.suspended' : 'platformAdmin.providers.restored', { name: provider.name }));
      },
      showError,
    );

  const columns: TableColumnsType<AdminProviderView> = [
    {
      title: t('platformAdmin.providers.columns.name'),
      key: 'name',
      render: (_, provider) => (
        <Flex vertical>
          <Typography.Text strong>{locale === 'en' ? provider.nameEn : provider.name}</Typography.Text>
          <Typography.Text type="secondary">{locale === 'en' ? provider.name : provider.nameEn}</Typography.Text>
          {!provider.hasFeeSchedule && <Typography.Text type="warning">{t('platformAdmin.providers.noFeeSchedule')}</Typography.Text>}
        </Flex>
      ),
    },
    { title: t('platformAdmin.providers.columns.kind'), dataIndex: 'kind', render: (kind: ProviderKind) => t(`enums.providerKind.${kind}`), responsive: ['md'] },
    {
      title: t('platformAdmin.providers.columns.status'),
      dataIndex: 'status',
      render: (status: AdminProviderView['status'], provider) => (
        <Tag color={status === 'ACTIVE' ? 'green' : 'red'} data-testid={`provider-status-${provider.nameEn}`}>
          {t(`platformAdmin.providers.status.${status}`)}
        </Tag>
      ),
    },
    { title: t('platformAdmin.providers.columns.staff'), dataIndex: 'staffCount', responsive: ['sm'] },
    { title: t('platformAdmin.providers.columns.admins'), dataIndex: 'activeAdminCount', responsive: ['sm'] },
    {
      title: t('platformAdmin.providers.columns.actions'),
      key: 'actions',
      render: (_, provider) => (
        <Space wrap>
          {provider.status === 'ACTIVE' ? (
            <Popconfirm
              title={t('platformAdmin.providers.suspendConfirm', { name: provider.name })}
              description={<ReasonField hint={t('platformAdmin.providers.suspendHint')} value={reason} onChange={setReason} />}
              onConfirm={() => changeStatus(provider, 'suspend')}
              onOpenChange={(open) => open && setReason('')}
              okButtonProps={{ danger: true, 'data-testid': 'confirm-suspend' } as ButtonProps}
            >
              <Button danger size="small" data-testid={`provider-suspend-${provider.nameEn}`}>
                {t('platformAdmin.providers.suspend')}
              </Button>
            </Popconfirm>
          ) : (
            <Popconfirm
              title={t('platformAdmin.providers.restoreConfirm', { name: provider.name })}
              description={<ReasonField hint={t('platformAdmin.providers.restoreHint')} value={reason} onChange={setReason} />}
              onConfirm={() => changeStatus(provider, 'restore')}
              onOpenChange={(open) => open && setReason('')}
              okButtonProps={{ 'data-testid': 'confirm-restore' } as ButtonProps}
            >
              <Button size="small" data-testid={`provider-restore-${provider.nameEn}`}>
                {t('platformAdmin.providers.restore')}
              </Button>
            </Popconfirm>
          )}
          <Button size="small" onClick={() => setInviting(provider)} data-testid={`provider-invite-${provider.nameEn}`}>
            {t('platformAdmin.providers.invite')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
            {t('platformAdmin.providers.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('platformAdmin.providers.subtitle')}</Typography.Text>
        </div>
        <Button type="primary" onClick={() => setCreating(true)} data-testid="provider-create">
          {t('platformAdmin.providers.create')}
        </Button>
      </Flex>
      {providers.isError ? (
        <LoadFailedAlert title={t('platformAdmin.providers.loadFailed')} error={providers.error} onRetry={() => void providers.refetch()} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<AdminProviderView>
            rowKey="id"
            columns={columns}
            dataSource={providers.data?.items}
            loading={providers.isPending}
            onRow={(provider) => ({ 'data-testid': `provider-row-${provider.nameEn}` }) as HTMLAttributes<HTMLElement>}
            locale={{ emptyText: t('platformAdmin.providers.empty') }}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
        </Card>
      )}
      <CreateProviderModal open={creating} onClose={() => setCreating(false)} />
      <InviteAdminModal provider={inviting} onClose={() => setInviting(null)} />
    </Flex>
  );
}

function ReasonField({ hint, value, onChange }: { hint: string; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8} style={{ maxWidth: 320 }}>
      <Typography.Text type="secondary">{hint}</Typography.Text>
      <Input.TextArea aria-label={t('platformAdmin.providers.reason')} placeholder={t('platformAdmin.providers.reason')} value={value} maxLength={500} rows={2} onChange={(e) => onChange(e.target.value)} />
    </Flex>
  );
}

function CreateProviderModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const showError = useErrorToast();
  const create = useCreateProvider();
  const [form] = Form.useForm<CreateProviderRequest>();

  const submit = (values: CreateProviderRequest) =>
    create.mutateAsync(values).then(
      (created) => {
        void message.success(t('platformAdmin.providers.created', { name: created.name }));
        form.resetFields();
        onClose();
      },
      (error: unknown) => {
        if (isApiError(error) && error.fieldErrors.length > 0 && applyFieldErrors(form, error.fieldErrors, PROVIDER_FIELDS).length === 0) return;
        showError(error);
      },
    );

  const required = [{ required: true, message: FIELD_RULE_MESSAGES[locale].required }];
  return (
    <Modal open={open} title={t('platformAdmin.providers.create')} onCancel={onClose} onOk={() => form.submit()} okText={t('platformAdmin.form.submit')} cancelText={t('platformAdmin.form.cancel')} confirmLoading={create.isPending} destroyOnHidden width={640}>
      <Form<CreateProviderRequest>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: ProviderKind.THIRD_PARTY_PAYMENT, settlementCycle: SettlementCycle.T1, responseHours: 4, onSiteHours: 24, serviceRegions: [] }}
      >
        <Form.Item name="kind" label={t('platformAdmin.form.kind')} rules={required}>
          <Select options={Object.values(ProviderKind).map((kind) => ({ value: kind, label: t(`enums.providerKind.${kind}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('platformAdmin.form.name')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('platformAdmin.form.nameEn')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="licenceNumber" label={t('platformAdmin.form.licenceNumber')} rules={required}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('platformAdmin.form.contactPhone')} rules={required}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="serviceRegions" label={t('platformAdmin.form.serviceRegions')} rules={required}>
          <Select mode="multiple" options={Object.entries(REGIONS).map(([code, names]) => ({ value: code, label: locale === 'en' ? names.en : names.zh }))} optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="settlementCycle" label={t('platformAdmin.form.settlementCycle')} rules={required}>
          <Select options={Object.values(SettlementCycle).map((cycle) => ({ value: cycle, label: t(`enums.settlementCycle.${cycle}`) }))} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="responseHours" label={t('platformAdmin.form.responseHours')} rules={required}>
            <InputNumber min={1} max={720} precision={0} />
          </Form.Item>
          <Form.Item name="onSiteHours" label={t('platformAdmin.form.onSiteHours')} rules={required}>
            <InputNumber min={1} max={720} precision={0} />
          </Form.Item>
        </Space>
        <Form.Item name="description" label={t('platformAdmin.form.description')} rules={required}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="descriptionEn" label={t('platformAdmin.form.descriptionEn')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export interface InviteValues {
  email: string;
  displayName: string;
  locale: Locale;
}

function InviteAdminModal({ provider, onClose }: { provider: AdminProviderView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useErrorToast();
  const invite = useInviteProviderAdmin();
  const [form] = Form.useForm<InviteValues>();

  const submit = (values: InviteValues) =>
    provider &&
    invite.mutateAsync({ providerId: provider.id, body: values }).then(
      (account) => {
        void message.success(t('platformAdmin.providers.invited', { email: account.email }));
        form.resetFields();
        onClose();
      },
      (error: unknown) => {
        if (isApiError(error) && error.fieldErrors.length > 0 && applyFieldErrors(form, error.fieldErrors, ['email', 'displayName', 'locale']).length === 0) return;
        showError(error);
      },
    );

  return (
    <Modal
      open={provider !== null}
      title={t('platformAdmin.invite.title', { provider: provider?.name ?? '' })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('platformAdmin.invite.send')}
      cancelText={t('platformAdmin.form.cancel')}
      confirmLoading={invite.isPending}
      destroyOnHidden
    >
      <InviteFields form={form} onFinish={submit} hint={t('platformAdmin.invite.hint', { days: INVITATION_TTL_DAYS })} />
    </Modal>
  );
}

/** Email, name and email language: the fields every invitation has. */
export function InviteFields({ form, onFinish, hint, children }: { form: FormInstance<InviteValues>; onFinish: (values: InviteValues) => unknown; hint?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const required = [{ required: true, message: FIELD_RULE_MESSAGES[locale].required }];
  return (
    <Form<InviteValues> form={form} layout="vertical" onFinish={onFinish} initialValues={{ locale: 'zh-CN' }}>
      {hint && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {hint}
        </Typography.Paragraph>
      )}
      <Form.Item name="email" label={t('platformAdmin.invite.email')} rules={[...required, { type: 'email', message: FIELD_RULE_MESSAGES[locale].isEmail }]}>
        <Input type="email" maxLength={254} autoComplete="off" />
      </Form.Item>
      <Form.Item name="displayName" label={t('platformAdmin.invite.displayName')} rules={required}>
        <Input maxLength={50} />
      </Form.Item>
      {children}
      <Form.Item name="locale" label={t('platformAdmin.invite.locale')}>
        <Select options={(['zh-CN', 'en'] as const).map((value) => ({ value, label: t(`localeNames.${value}`) }))} />
      </Form.Item>
    </Form>
  );
}
