import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { ERROR_MESSAGES, ErrorCode, normalizeLoginName, type LoginRequest } from '@pos/shared';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useLogin } from '../api/auth.api';
import { useFieldRules, useRevalidateOnLocaleChange } from '../hooks/use-field-rules';
import { useSession } from '../hooks/use-session';
import { AuthLayout } from './auth-layout';

const FIELDS = ['loginName', 'password'] as const;

/**
 * Sign-in for every role. On success the session changes and the guest-only route guard sends the user
 * to their area (or back to the page they first asked for, when it is in their area).
 */
export function LoginPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useSession();
  const [form] = Form.useForm<LoginRequest>();
  const rules = useFieldRules();
  const login = useLogin();
  useDocumentTitle(t('auth.login.title'));
  useRevalidateOnLocaleChange(form);

  const onFinish = (values: LoginRequest) => {
    login.mutate(
      { loginName: normalizeLoginName(values.loginName), password: values.password },
      {
        onError: (error) => {
          if (isApiError(error)) applyFieldErrors(form, error.fieldErrors, FIELDS);
        },
      },
    );
  };

  const error = login.error;
  const endedBy = session.status === 'anonymous' ? session.endedBy : undefined;

  return (
    <AuthLayout title={t('auth.login.title')} subtitle={t('auth.login.subtitle')}>
      {error ? (
        <Alert
          role="alert"
          showIcon
          type={isApiError(error) && error.code === ErrorCode.ACCOUNT_LOCKED ? 'warning' : 'error'}
          title={isApiError(error) && error.code === ErrorCode.ACCOUNT_LOCKED ? t('auth.login.locked') : t('auth.login.failed')}
          description={isApiError(error) ? apiErrorText(error, locale) : ERROR_MESSAGES[locale].INTERNAL}
          style={{ marginBottom: 16 }}
          data-testid="login-error"
        />
      ) : (
        endedBy && (
          <Alert
            showIcon
            type="info"
            title={t('auth.login.sessionEnded')}
            description={ERROR_MESSAGES[locale][endedBy]}
            style={{ marginBottom: 16 }}
          />
        )
      )}
      <Form<LoginRequest> form={form} name="login" layout="vertical" requiredMark={false} onFinish={onFinish} disabled={login.isPending} size="large">
        <Form.Item name="loginName" htmlFor="login-name" label={t('auth.login.loginName')} rules={[rules.loginName]} validateTrigger="onBlur">
          <Input id="login-name" prefix={<UserOutlined />} autoComplete="username" placeholder={t('auth.login.loginNamePlaceholder')} />
        </Form.Item>
        <Form.Item name="password" htmlFor="password" label={t('auth.login.password')} rules={[rules.required]}>
          <Input.Password id="password" prefix={<LockOutlined />} autoComplete="current-password" placeholder={t('auth.login.passwordPlaceholder')} />
        </Form.Item>
        <Form.Item style={{ marginBottom: 12 }}>
          <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
            {t('auth.login.submit')}
          </Button>
        </Form.Item>
      </Form>
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        {t('auth.login.noAccount')} <Link to="/register">{t('auth.login.toRegister')}</Link>
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        <Link to="/providers" data-testid="browse-providers-link">
          {t('auth.login.browseProviders')}
        </Link>
        {' · '}
        <Link to="/verify" data-testid="verify-agreement-link">
          {t('verify.loginLink')}
        </Link>
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('auth.login.staffHint')}
      </Typography.Text>
    </AuthLayout>
  );
}
