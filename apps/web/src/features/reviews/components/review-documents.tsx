import { CheckOutlined, CloseOutlined, FilePdfOutlined, WarningOutlined } from '@ant-design/icons';
import type { ApplicationDocumentView, DocumentType, ReviewApplicationView } from '@pos/shared';
import { Alert, App, Button, Flex, Image, Modal, Spin, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PdfViewer } from '../../../components/pdf-viewer';
import { PlainList, PlainListItem } from '../../../components/plain-list';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { formatBytes, formatDateTime, pickLocalized } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useObjectUrl } from '../../../lib/use-object-url';
import { fetchReviewDocumentBlob, useDocumentDecision } from '../api/reviews.api';
import { ReasonModal } from './reason-modal';

const REVIEW_COLOR = { PENDING: 'default', ACCEPTED: 'success', REJECTED: 'error' } as const;

interface Row {
  documentType: DocumentType;
  required: boolean;
  note: string;
  noteEn: string;
  document: ApplicationDocumentView | undefined;
}

/** The provider's requirement list with what was uploaded against it, plus anything uploaded beyond it. */
function rowsOf(view: ReviewApplicationView): Row[] {
  const byType = new Map(view.documents.map((document) => [document.documentType, document]));
  const rows: Row[] = view.documentRequirements.map((requirement) => ({ ...requirement, document: byType.get(requirement.documentType) }));
  for (const document of view.documents) {
    if (!rows.some((row) => row.documentType === document.documentType)) {
      rows.push({ documentType: document.documentType, required: false, note: '', noteEn: '', document });
    }
  }
  return rows;
}

interface ReviewDocumentsProps {
  application: ReviewApplicationView;
  /** Only the reviewer who claimed the application, while it is in review, accepts or rejects documents. */
  canDecide: boolean;
}

/** Every document with its preview and the reviewer's accept / reject (with a reason). */
export function ReviewDocuments({ application, canDecide }: ReviewDocumentsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const decision = useDocumentDecision(application.id);
  const [rejecting, setRejecting] = useState<ApplicationDocumentView | null>(null);
  const [previewing, setPreviewing] = useState<ApplicationDocumentView | null>(null);

  const accept = (document: ApplicationDocumentView) => {
    decision.mutate(
      { documentId: document.id, decision: 'ACCEPTED' },
      {
        onSuccess: () => void message.success(t('reviews.documents.accepted', { name: t(`enums.documentType.${document.documentType}`) })),
        onError: (error) => void message.error(isApiError(error) ? apiErrorText(error, locale) : t('reviews.documents.decideFailed')),
      },
    );
  };

  const reject = (note: string) => {
    if (!rejecting) return;
    const document = rejecting;
    decision.mutate(
      { documentId: document.id, decision: 'REJECTED', note },
      {
        onSuccess: () => {
          setRejecting(null);
          decision.reset();
          void message.success(t('reviews.documents.rejected', { name: t(`enums.documentType.${document.documentType}`) }));
        },
      },
    );
  };

  const pendingId = decision.isPending ? decision.variables?.documentId : undefined;

  return (
    <>
      <PlainList>
        {rowsOf(application).map((row) => {
          const { document, documentType } = row;
          const typeName = t(`enums.documentType.${documentType}`);
          const note = pickLocalized(locale, row.note, row.noteEn);
          return (
            <PlainListItem key={documentType} data-testid={`document-${documentType}`} data-review-status={document?.reviewStatus ?? 'MISSING'}>
              <Flex vertical gap={8}>
                <Flex gap={8} align="center" wrap>
                  <Typography.Text strong>{typeName}</Typography.Text>
                  {row.required && <Tag color="red">{t('applications.wizard.documents.required')}</Tag>}
                  {document ? (
                    <Tag color={REVIEW_COLOR[document.reviewStatus]} data-testid={`document-status-${documentType}`}>
                      {t(`enums.documentReviewStatus.${document.reviewStatus}`)}
                    </Tag>
                  ) : (
                    <Tag>{t('reviews.documents.missing')}</Tag>
                  )}
                  {document && document.activeContent.length > 0 && <ActiveContentTag document={document} />}
                </Flex>
                {note && <Typography.Text type="secondary">{note}</Typography.Text>}
                {document && (
                  <>
                    <Typography.Text style={{ wordBreak: 'break-all' }}>
                      {document.originalName}{' '}
                      <Typography.Text type="secondary">
                        {t('reviews.documents.uploadedAt', { size: formatBytes(document.sizeBytes), time: formatDateTime(document.uploadedAt, locale) })}
                      </Typography.Text>
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
                      {t('reviews.documents.sha256', { hash: document.sha256 })}
                    </Typography.Text>
                    {document.mimeType.startsWith('image/') ? (
                      <DocumentThumbnail document={document} />
                    ) : (
                      <Button icon={<FilePdfOutlined />} onClick={() => setPreviewing(document)} style={{ alignSelf: 'flex-start' }} data-testid={`review-preview-${documentType}`}>
                        {t('reviews.documents.preview')}
                      </Button>
                    )}
                    {document.reviewNote && (
                      <Typography.Text type="danger" data-testid={`document-note-${documentType}`}>
                        {t('reviews.documents.note', { note: document.reviewNote })}
                      </Typography.Text>
                    )}
                    {canDecide && (
                      <Flex gap={8}>
                        <Button
                          icon={<CheckOutlined />}
                          onClick={() => accept(document)}
                          disabled={document.reviewStatus === 'ACCEPTED' || (pendingId !== undefined && pendingId !== document.id)}
                          loading={pendingId === document.id && decision.variables?.decision === 'ACCEPTED'}
                          data-testid={`accept-${documentType}`}
                        >
                          {t('reviews.documents.accept')}
                        </Button>
                        <Button
                          danger
                          icon={<CloseOutlined />}
                          onClick={() => {
                            decision.reset();
                            setRejecting(document);
                          }}
                          disabled={document.reviewStatus === 'REJECTED' || (pendingId !== undefined && pendingId !== document.id)}
                          data-testid={`reject-${documentType}`}
                        >
                          {t('reviews.documents.reject')}
                        </Button>
                      </Flex>
                    )}
                  </>
                )}
              </Flex>
            </PlainListItem>
          );
        })}
      </PlainList>
      <ReasonModal
        open={rejecting !== null}
        title={rejecting ? t('reviews.documents.rejectTitle', { name: t(`enums.documentType.${rejecting.documentType}`) }) : ''}
        label={t('reviews.documents.rejectReason')}
        placeholder={t('reviews.documents.rejectPlaceholder')}
        okText={t('reviews.documents.rejectSubmit')}
        apiField="note"
        danger
        pending={decision.isPending && decision.variables?.decision === 'REJECTED'}
        error={rejecting && decision.variables?.documentId === rejecting.id ? decision.error : null}
        submitTestId="reject-document-submit"
        onSubmit={reject}
        onCancel={() => setRejecting(null)}
      />
      <Modal open={previewing !== null} title={previewing?.originalName} onCancel={() => setPreviewing(null)} footer={null} width={960} destroyOnHidden>
        {previewing && (
          <PdfViewer
            source={previewing.downloadUrl}
            load={fetchReviewDocumentBlob}
            title={previewing.originalName}
            fileName={previewing.originalName}
            testId="review-pdf"
          />
        )}
      </Modal>
    </>
  );
}

/** Warns that the upload scan found scripts, launch actions, embedded files or the like in this PDF; says which. */
function ActiveContentTag({ document }: { document: ApplicationDocumentView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const kinds = document.activeContent.map((kind) => t(`reviews.documents.activeContentKinds.${kind}`)).join(locale === 'zh-CN' ? '、' : ', ');
  const hint = t('reviews.documents.activeContentHint', { kinds });
  return (
    <Tooltip title={hint}>
      <Tag color="warning" icon={<WarningOutlined />} aria-label={hint} tabIndex={0} data-testid={`document-active-content-${document.documentType}`}>
        {t('reviews.documents.activeContent')}
      </Tag>
    </Tooltip>
  );
}

/** An image document shown small, with antd's zoomable preview on click. */
function DocumentThumbnail({ document }: { document: ApplicationDocumentView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const state = useObjectUrl(document.downloadUrl, fetchReviewDocumentBlob, document.mimeType);
  if (state.status === 'failed') {
    return (
      <Alert
        type="error"
        showIcon
        title={t('reviews.documents.previewFailed')}
        description={isApiError(state.error) ? apiErrorText(state.error, locale) : undefined}
      />
    );
  }
  if (state.status !== 'ready') return <Spin size="small" />;
  return (
    <Image
      src={state.url}
      alt={document.originalName}
      width={160}
      style={{ maxHeight: 120, objectFit: 'contain' }}
      data-testid={`thumbnail-${document.documentType}`}
    />
  );
}
