import { DeleteOutlined, EyeOutlined, UploadOutlined } from '@ant-design/icons';
import {
  ACCEPTED_UPLOAD_TYPES,
  DEFAULT_MAX_UPLOAD_BYTES,
  type ApplicationDocumentView,
  type ApplicationView,
  type DocumentType,
} from '@pos/shared';
import { Alert, Button, Card, Flex, Popconfirm, Progress, Tag, Typography } from 'antd';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PlainList, PlainListItem } from '../../../components/plain-list';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { formatBytes, formatDateTime, pickLocalized } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useDeleteDocument, useUploadDocument } from '../api/applications.api';
import { DocumentPreview } from './document-preview';

interface Requirement {
  documentType: DocumentType;
  required: boolean;
  note: string;
  noteEn: string;
}

interface DocumentUploadsProps {
  application: ApplicationView;
  /** Upload, replace and delete are offered only while the merchant may change the application. */
  editable: boolean;
  /** While changes are requested: the only types that may be replaced (null: all of them). */
  editableTypes?: ReadonlySet<DocumentType> | null;
  /** Document types the last submit attempt reported missing, to highlight. */
  missing?: readonly DocumentType[];
}

/** The visually hidden file input: still a real <input type=file> so tests and assistive tech can reach it. */
const HIDDEN_INPUT_STYLE = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/** The provider's document list for this application: what is required, what is uploaded, and upload with progress. */
export function DocumentUploads({ application, editable, editableTypes = null, missing = [] }: DocumentUploadsProps) {
  const { t } = useTranslation();
  const current = new Map(application.documents.map((document) => [document.documentType, document]));
  const requirements: Requirement[] = [...application.documentRequirements];
  // A document uploaded under a type the provider has since dropped still shows, so it can be seen or deleted.
  for (const document of application.documents) {
    if (!requirements.some((requirement) => requirement.documentType === document.documentType)) {
      requirements.push({ documentType: document.documentType, required: false, note: '', noteEn: '' });
    }
  }
  return (
    <Flex vertical gap={12}>
      {editable && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('applications.wizard.documents.intro', { limit: formatBytes(DEFAULT_MAX_UPLOAD_BYTES) })}
        </Typography.Paragraph>
      )}
      <Card size="small" styles={{ body: { paddingBlock: 0 } }}>
        <PlainList>
          {requirements.map((requirement) => (
            <DocumentRow
              key={requirement.documentType}
              applicationId={application.id}
              requirement={requirement}
              document={current.get(requirement.documentType)}
              editable={editable && (editableTypes === null || editableTypes.has(requirement.documentType))}
              highlighted={missing.includes(requirement.documentType)}
            />
          ))}
        </PlainList>
      </Card>
    </Flex>
  );
}

interface DocumentRowProps {
  applicationId: string;
  requirement: Requirement;
  document: ApplicationDocumentView | undefined;
  editable: boolean;
  highlighted: boolean;
}

function DocumentRow({ applicationId, requirement, document, editable, highlighted }: DocumentRowProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const upload = useUploadDocument(applicationId);
  const remove = useDeleteDocument(applicationId);
  const inputRef = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const type = requirement.documentType;
  const typeName = t(`enums.documentType.${type}`);
  const note = pickLocalized(locale, requirement.note, requirement.noteEn);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Clear the input so choosing the same file again (after a failure) still fires a change.
    event.target.value = '';
    if (!file) return;
    remove.reset();
    setProgress({ name: file.name, percent: 0 });
    upload.mutate(
      { documentType: type, file, onProgress: ({ percent }) => setProgress({ name: file.name, percent }) },
      { onSettled: () => setProgress(null) },
    );
  };

  const error = upload.error ?? remove.error;
  const errorTitle = upload.error ? t('applications.wizard.documents.uploadFailed') : t('applications.wizard.documents.deleteFailed');

  return (
    <PlainListItem data-testid={`document-${type}`} style={highlighted ? { background: 'rgba(250, 173, 20, 0.08)' } : undefined}>
      <Flex vertical gap={8} style={{ width: '100%' }}>
        <Flex justify="space-between" align="flex-start" gap={12} wrap>
          <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
            <Flex gap={8} align="center" wrap>
              <Typography.Text strong>{typeName}</Typography.Text>
              <Tag color={requirement.required ? 'red' : 'default'}>
                {requirement.required ? t('applications.wizard.documents.required') : t('applications.wizard.documents.optional')}
              </Tag>
              {document && document.reviewStatus !== 'PENDING' && (
                <Tag color={document.reviewStatus === 'ACCEPTED' ? 'success' : 'error'}>{t(`enums.documentReviewStatus.${document.reviewStatus}`)}</Tag>
              )}
            </Flex>
            {note && <Typography.Text type="secondary">{note}</Typography.Text>}
            {document ? (
              <Typography.Text data-testid={`document-file-${type}`}>
                {document.originalName}{' '}
                <Typography.Text type="secondary">
                  {t('applications.wizard.documents.uploadedAt', { size: formatBytes(document.sizeBytes), time: formatDateTime(document.uploadedAt, locale) })}
                </Typography.Text>
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary">{t('applications.wizard.documents.notUploaded')}</Typography.Text>
            )}
            {document?.reviewNote && <Typography.Text type="danger">{t('applications.wizard.documents.reviewNote', { note: document.reviewNote })}</Typography.Text>}
          </Flex>
          <Flex gap={8} wrap>
            {document && (
              <Button icon={<EyeOutlined />} onClick={() => setPreviewing(true)} data-testid={`preview-${type}`}>
                {t('applications.wizard.documents.preview')}
              </Button>
            )}
            {editable && (
              <>
                <input
                  ref={inputRef}
                  type="file"
                  accept={ACCEPTED_UPLOAD_TYPES.join(',')}
                  data-testid={`upload-${type}`}
                  aria-label={`${typeName} ${t('applications.wizard.documents.upload')}`}
                  style={HIDDEN_INPUT_STYLE}
                  tabIndex={-1}
                  onChange={onFile}
                />
                <Button icon={<UploadOutlined />} loading={upload.isPending} onClick={() => inputRef.current?.click()}>
                  {document ? t('applications.wizard.documents.replace') : t('applications.wizard.documents.upload')}
                </Button>
                {document && (
                  <Popconfirm title={t('applications.wizard.documents.deleteConfirm')} onConfirm={() => remove.mutate(document.id)}>
                    <Button danger icon={<DeleteOutlined />} loading={remove.isPending} aria-label={`${typeName} ${t('applications.wizard.documents.delete')}`}>
                      {t('applications.wizard.documents.delete')}
                    </Button>
                  </Popconfirm>
                )}
              </>
            )}
          </Flex>
        </Flex>
        {progress && (
          <div data-testid={`upload-progress-${type}`}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('applications.wizard.documents.uploading', { name: progress.name })}
            </Typography.Text>
            <Progress percent={progress.percent} size="small" status="active" />
          </div>
        )}
        {error && !progress && (
          <Alert
            role="alert"
            type="error"
            showIcon
            title={errorTitle}
            description={isApiError(error) ? apiErrorText(error, locale) : undefined}
            data-testid={`upload-error-${type}`}
          />
        )}
      </Flex>
      {previewing && document && <DocumentPreview document={document} onClose={() => setPreviewing(false)} />}
    </PlainListItem>
  );
}
