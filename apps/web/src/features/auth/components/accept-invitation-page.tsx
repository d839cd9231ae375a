import type { AcceptInvitationRequest, AcceptInvitationResponse } from '@pos/shared';
import { FIELD_RULE_MESSAGES } from '@pos/shared';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Result } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { apiClient, isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { AuthLayout } from './auth-layout';
import { PasswordStrength } from './password-strength';

interface Values {
  password: string;
  confirm: string;
}

/** Public: an invited staff member sets their password from the emailed link, then signs in. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [form] = Form.useForm<Values>();
  const password = Form.useWatch('password', form) ?? '';
  const accept = useMutation({
    mutationFn: (body: AcceptInvitationRequest) => apiClient.post<AcceptInvitationResponse>('/api/auth/accept-invitation', body),
  });
  useDocumentTitle(t('acceptInvitation.title'));

  const submit = (values: Values) =>
    accept.mutate(
      { token, password: values.password },
      { onError: (error) => isApiError(error) && applyFieldErrors(form, error.fieldErrors, ['password']) },
    );
  const formError = isApiError(accept.error) && accept.error.fieldErrors.length === 0 ? apiErrorText(accept.error, locale) : null;

  return (
    <AuthLayout title={t('acceptInvitation.title')} subtitle={t('acceptInvitation.intro')}>
      {accept.data ? (
        <Result
          status="success"
          title={t('acceptInvitation.done')}
          subTitle={t('acceptInvitation.doneText', { loginName: accept.data.loginName })}
          extra={
            <Link to="/login">
              <Button type="primary" data-testid="accept-invitation-sign-in">
                {t('acceptInvitation.signIn')}
              </Button>
            </Link>
          }
        />
      ) : !token ? (
        <Alert type="error" showIcon message={t('acceptInvitation.missingToken')} />
      ) : (
        <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          {formError && <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} data-testid="accept-invitation-error" />}
          <Form.Item
            name="password"
            label={t('acceptInvitation.password')}
            extra={<PasswordStrength password={password} loginName="" />}
            rules={[{ required: true, message: FIELD_RULE_MESSAGES[locale].required }]}
          >
            <Input.Password autoComplete="new-password" placeholder={t('acceptInvitation.hint')} />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('acceptInvitation.confirm')}
            dependencies={['password']}
            rules={[
              { required: true, message: FIELD_RULE_MESSAGES[locale].required },
              ({ getFieldValue }) => ({
                validator: (_, value) => (!value || value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('acceptInvitation.mismatch')))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={accept.isPending} data-testid="accept-invitation-submit">
            {t('acceptInvitation.submit')}
          </Button>
        </Form>
      )}
    </AuthLayout>
  );
}
