import { FileAddOutlined } from '@ant-design/icons';
import { ErrorCode, Role } from '@pos/shared';
import { Alert, Button, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useCreateApplication } from '../features/applications';
import { useSession } from '../features/auth';
import { ProviderDetail } from '../features/providers';
import { isApiError } from '../lib/api-client';
import { apiErrorText } from '../lib/error-message';
import { useLocale } from '../lib/i18n';

/** Where a merchant's application opens. */
const applicationPath = (id: string) => `/merchant/applications/${id}`;

/**
 * A provider's profile with the Apply button. A merchant starts a draft and goes straight into the wizard; a visitor
 * is asked to sign in or register first and comes back to this provider in the merchant portal afterwards; provider
 * and platform staff cannot apply.
 */
export function ProviderDetailPage({ basePath }: { basePath: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const { providerId = '' } = useParams();
  const session = useSession();
  const create = useCreateApplication();
  const [askSignIn, setAskSignIn] = useState(false);
  const isMerchant = session.status === 'authenticated' && session.user.role === Role.MERCHANT;
  const isVisitor = session.status !== 'authenticated';

  const apply = () => {
    if (isVisitor) {
      setAskSignIn(true);
      return;
    }
    create.mutate({ providerId }, { onSuccess: (application) => navigate(applicationPath(application.id)) });
  };

  // After signing in (or registering) the guest-only guard sends a merchant back here, inside their portal.
  const returnState = { from: { pathname: `/merchant/providers/${providerId}`, search: '', hash: '' } };

  const error = create.error;
  const existingId = isApiError(error) && typeof error.details?.applicationId === 'string' ? error.details.applicationId : undefined;
  const notice = error ? (
    <Alert
      role="alert"
      type={isApiError(error) && error.code === ErrorCode.OPEN_APPLICATION_EXISTS ? 'warning' : 'error'}
      showIcon
      title={t('providers.detail.applyFailed')}
      description={isApiError(error) ? apiErrorText(error, locale) : undefined}
      action={
        isApiError(error) && error.code === ErrorCode.OPEN_APPLICATION_EXISTS ? (
          <Link to={existingId ? applicationPath(existingId) : '/merchant'}>
            <Button>{t('providers.detail.openExisting')}</Button>
          </Link>
        ) : undefined
      }
    />
  ) : undefined;

  const actions =
    isMerchant || isVisitor ? (
      <Button type="primary" size="large" icon={<FileAddOutlined />} loading={create.isPending} onClick={apply} data-testid="apply">
        {t('providers.detail.apply')}
      </Button>
    ) : (
      <Typography.Text type="secondary">{t('providers.detail.merchantsOnly')}</Typography.Text>
    );

  return (
    <>
      <ProviderDetail providerId={providerId} basePath={basePath} actions={actions} notice={notice} />
      <Modal
        open={askSignIn}
        title={t('providers.detail.signInTitle')}
        onCancel={() => setAskSignIn(false)}
        footer={
          <Flex justify="flex-end" gap={8}>
            <Button onClick={() => navigate('/register', { state: returnState })} data-testid="apply-register">
              {t('providers.detail.register')}
            </Button>
            <Button type="primary" onClick={() => navigate('/login', { state: returnState })} data-testid="apply-login">
              {t('providers.detail.signIn')}
            </Button>
          </Flex>
        }
      >
        <Typography.Paragraph>{t('providers.detail.signInText')}</Typography.Paragraph>
      </Modal>
    </>
  );
}
