import type { DocumentType, DraftFieldName, RequestChangesRequest, ReviewApplicationView } from '@pos/shared';
import { Alert, Button, Checkbox, Flex, Form, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyResolvedFieldErrors } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n';
import { FIELD_GROUPS } from './review-field-groups';

interface RequestChangesValues {
  fields: DraftFieldName[];
  documentTypes: DocumentType[];
  message: string;
}

interface RequestChangesModalProps {
  open: boolean;
  application: ReviewApplicationView;
  pending: boolean;
  error: unknown;
  onSubmit: (body: RequestChangesRequest) => void;
  onCancel: () => void;
}

/** The document types of this application: the provider's requirements, then anything else that was uploaded. */
function documentTypesOf(view: ReviewApplicationView): DocumentType[] {
  const types = view.documentRequirements.map((requirement) => requirement.documentType);
  for (const document of view.documents) if (!types.includes(document.documentType)) types.push(document.documentType);
  return types;
}

/**
 * 要求补充资料: tick exactly which fields (grouped as the merchant's wizard shows them) and documents the merchant must
 * change, and say why. Documents the reviewer already rejected start ticked.
 */
export function RequestChangesModal({ open, application, pending, error, onSubmit, onCancel }: RequestChangesModalProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form] = Form.useForm<RequestChangesValues>();
  const [nothingTicked, setNothingTicked] = useState(false);
  const rejected = application.documents.filter((document) => document.reviewStatus === 'REJECTED').map((document) => document.documentType);

  useEffect(() => {
    if (!isApiError(error)) return;
    applyResolvedFieldErrors(form, error.fieldErrors, (field) => (field === 'message' ? ['message'] : undefined));
  }, [error, form]);
  const shownOnField = isApiError(error) && error.fieldErrors.length > 0 && error.fieldErrors.every((field) => field.field === 'message');

  const finish = (values: RequestChangesValues) => {
    // In the order the merchant meets them (the wizard's), not the order they were ticked.
    const ticked = new Set<string>(values.fields ?? []);
    const fields = FIELD_GROUPS.flatMap((group) => group.fields).filter((field) => ticked.has(field));
    const tickedTypes = new Set<string>(values.documentTypes ?? []);
    const documentTypes = documentTypesOf(application).filter((type) => tickedTypes.has(type));
    if (fields.length === 0 && documentTypes.length === 0) {
      setNothingTicked(true);
      return;
    }
    onSubmit({ fields, documentTypes, message: values.message.trim() });
  };

  return (
    <Modal
      open={open}
      title={t('reviews.requestChanges.title')}
      onCancel={onCancel}
      width={720}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onCancel}>{t('reviews.cancel')}</Button>
          <Button type="primary" loading={pending} onClick={() => form.submit()} data-testid="request-changes-submit">
            {t('reviews.requestChanges.submit')}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">{t('reviews.requestChanges.intro')}</Typography.Paragraph>
      {Boolean(error) && !shownOnField && (
        <Alert
          role="alert"
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('reviews.requestChanges.failed')}
          description={isApiError(error) ? apiErrorText(error, locale) : undefined}
          data-testid="request-changes-error"
        />
      )}
      {nothingTicked && <Alert role="alert" type="warning" showIcon style={{ marginBottom: 12 }} title={t('reviews.requestChanges.needOne')} />}
      <Form<RequestChangesValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ fields: [], documentTypes: rejected, message: '' }}
        onValuesChange={() => setNothingTicked(false)}
        onFinish={finish}
      >
        <Form.Item name="fields" label={t('reviews.requestChanges.fields')}>
          <Checkbox.Group style={{ width: '100%' }}>
            <Flex vertical gap={12} style={{ width: '100%' }}>
              {FIELD_GROUPS.map((group) => (
                <div key={group.step} role="group" aria-label={t(`applications.wizard.steps.${group.step}`)}>
                  <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>
                    {t(`applications.wizard.steps.${group.step}`)}
                  </Typography.Text>
                  <Flex wrap gap={8}>
                    {group.fields.map((field) => (
                      <Checkbox key={field} value={field} data-testid={`change-field-${field}`}>
                        {t(`applications.wizard.fields.${field}`)}
                      </Checkbox>
                    ))}
                  </Flex>
                </div>
              ))}
            </Flex>
          </Checkbox.Group>
        </Form.Item>
        <Form.Item name="documentTypes" label={t('reviews.requestChanges.documents')}>
          <Checkbox.Group style={{ width: '100%' }}>
            <Flex wrap gap={8}>
              {documentTypesOf(application).map((type) => (
                <Checkbox key={type} value={type} data-testid={`change-document-${type}`}>
                  {t(`enums.documentType.${type}`)}
                </Checkbox>
              ))}
            </Flex>
          </Checkbox.Group>
        </Form.Item>
        <Form.Item
          name="message"
          label={t('reviews.requestChanges.message')}
          rules={[{ required: true, whitespace: true, message: t('reviews.messageRequired') }]}
          style={{ marginBottom: 0 }}
        >
          <Input.TextArea rows={4} maxLength={1000} showCount placeholder={t('reviews.requestChanges.messagePlaceholder')} data-testid="request-changes-message" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
