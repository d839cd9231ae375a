import { ErrorCode, normalizeLoginName, PASSWORD_MIN_LENGTH, type RegisterRequest } from '@pos/shared';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useRegister } from '../api/auth.api';
import { useFieldRules, useRevalidateOnLocaleChange } from '../hooks/use-field-rules';
import { AuthLayout } from './auth-layout';
import { PasswordStrength } from './password-strength';

interface RegisterForm extends RegisterRequest {
  confirmPassword: string;
}

const FIELDS = ['loginName', 'displayName', 'password'] as const;
/** Matches the API's limit on the name shown in the portal. */
const DISPLAY_NAME_MAX = 50;

/** Merchant self-registration; provider staff are created by their provider's admin instead. */
export function RegisterPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form] = Form.useForm<RegisterForm>();
  const rules = useFieldRules();
  const registration = useRegister();
  const password = Form.useWatch('password', form) ?? '';
  const loginName = Form.useWatch('loginName', form) ?? '';
  useDocumentTitle(t('auth.register.title'));
  useRevalidateOnLocaleChange(form);

  const onFinish = ({ loginName: name, password: secret, displayName }: RegisterForm) => {
    registration.mutate(
      { loginName: normalizeLoginName(name), password: secret, displayName: displayName.trim() },
      {
        onError: (error) => {
          if (!isApiError(error)) return;
          if (error.code === ErrorCode.ALREADY_REGISTERED) {
            form.setFields([{ name: 'loginName', errors: [apiErrorText(error, locale)] }]);
          } else {
            applyFieldErrors(form, error.fieldErrors, FIELDS);
          }
        },
      },
    );
  };

  const error = registration.error;
  // A duplicate login name is shown on the field itself; any other failure gets the banner.
  const showBanner = error && !(isApiError(error) && error.code === ErrorCode.ALREADY_REGISTERED);

  return (
    <AuthLayout title={t('auth.register.title')} subtitle={t('auth.register.subtitle')}>
      {showBanner && (
        <Alert
          role="alert"
          showIcon
          type="error"
          title={t('auth.register.failed')}
          description={isApiError(error) ? apiErrorText(error, locale) : undefined}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<RegisterForm> form={form} name="register" layout="vertical" requiredMark={false} onFinish={onFinish} disabled={registration.isPending}>
        <Form.Item
          name="loginName"
          label={t('auth.register.loginName')}
          extra={t('auth.register.loginNameHelp')}
          rules={[rules.loginName]}
          validateTrigger="onBlur"
        >
          <Input autoComplete="username" inputMode="email" placeholder={t('auth.register.loginNamePlaceholder')} />
        </Form.Item>
        <Form.Item name="displayName" label={t('auth.register.displayName')} rules={[rules.required, rules.maxLength(DISPLAY_NAME_MAX)]}>
          <Input autoComplete="name" maxLength={DISPLAY_NAME_MAX} placeholder={t('auth.register.displayNamePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.register.password')}
          dependencies={['loginName']}
          rules={[rules.passwordPolicy(() => form.getFieldValue('loginName') as string | undefined)]}
          extra={<PasswordStrength password={password} loginName={loginName} />}
        >
          <Input.Password autoComplete="new-password" placeholder={t('auth.register.passwordPlaceholder', { min: PASSWORD_MIN_LENGTH })} />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('auth.register.confirmPassword')}
          dependencies={['password']}
          rules={[
            rules.required,
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) =>
                !value || value === getFieldValue('password')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('auth.register.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" placeholder={t('auth.register.confirmPasswordPlaceholder')} />
        </Form.Item>
        <Form.Item style={{ marginBottom: 12 }}>
          <Button type="primary" htmlType="submit" block size="large" loading={registration.isPending} data-testid="register-submit">
            {t('auth.register.submit')}
          </Button>
        </Form.Item>
      </Form>
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        {t('auth.register.haveAccount')} <Link to="/login">{t('auth.register.toLogin')}</Link>
      </Typography.Paragraph>
    </AuthLayout>
  );
}
