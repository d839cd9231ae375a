import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface WebhookSecretModalProps {
  /** The secret from the create answer; the parent unmounts this modal on close, so it cannot be shown again. */
  secret: string;
  url: string;
  onClose: () => void;
}

/** Shows a new endpoint's signing secret the only time the server sends it, with a copy button. */
export function WebhookSecretModal({ secret, url, onClose }: WebhookSecretModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      void message.success(t('webhooks.secret.copied'));
    } catch {
      void message.error(t('webhooks.secret.copyFailed'));
    }
  };

  return (
    <Modal
      open
      title={t('webhooks.secret.title')}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Button type="primary" onClick={onClose} data-testid="webhook-secret-done">
          {t('webhooks.secret.done')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
          {url}
        </Typography.Text>
        <Alert type="warning" showIcon title={t('webhooks.secret.warning')} />
        <Typography.Text strong>{t('webhooks.secret.label')}</Typography.Text>
        <Flex gap={8} align="center">
          <Typography.Text code data-testid="webhook-secret" style={{ overflowWrap: 'anywhere', flex: 1, userSelect: 'all' }}>
            {secret}
          </Typography.Text>
          <Button icon={<CopyOutlined />} onClick={() => void copy()} data-testid="webhook-secret-copy">
            {t('webhooks.secret.copy')}
          </Button>
        </Flex>
      </Flex>
    </Modal>
  );
}
