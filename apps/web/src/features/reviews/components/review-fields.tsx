import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { formatFen, type RevealableField, type ReviewApplicationView } from '@pos/shared';
import { App, Button, Card, Descriptions, Flex, Tooltip, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { formatDate, regionName } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useRevealField } from '../api/reviews.api';
import { FIELD_GROUPS } from './review-field-groups';

interface ReviewFieldsProps {
  application: ReviewApplicationView;
  /** Staff of the provider may reveal the sensitive numbers; a platform admin may not. */
  canReveal: boolean;
}

/** Every field of the application, in the wizard's sections; the ID and account numbers masked unless revealed. */
export function ReviewFields({ application: view, canReveal }: ReviewFieldsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const empty = <Typography.Text type="secondary">{t('common.notProvided')}</Typography.Text>;
  const show = (value: string | null): ReactNode => value || empty;

  const sensitive = (field: RevealableField, masked: string | null): ReactNode =>
    masked ? <SensitiveValue applicationId={view.id} field={field} masked={masked} canReveal={canReveal} /> : empty;

  const valueOf: Record<(typeof FIELD_GROUPS)[number]['fields'][number], ReactNode> = {
    businessName: show(view.businessName),
    creditCode: show(view.creditCode),
    businessAddress: show(view.businessAddress),
    mcc: show(view.mcc),
    businessScope: show(view.businessScope),
    openingDate: view.openingDate ? formatDate(view.openingDate, locale) : empty,
    legalRepName: show(view.legalRepName),
    legalRepIdNumber: sensitive('legalRepIdNumber', view.legalRepIdMasked),
    legalRepMobile: show(view.legalRepMobile),
    contactName: show(view.contactName),
    contactMobile: show(view.contactMobile),
    contactEmail: show(view.contactEmail),
    settlementAccountName: show(view.settlementAccountName),
    settlementBank: show(view.settlementBank),
    settlementBranch: show(view.settlementBranch),
    settlementAccountNumber: sensitive('settlementAccountNumber', view.settlementAccountMasked),
    volumes:
      view.volumes.length === 0 ? (
        empty
      ) : (
        <Flex vertical data-testid="review-volumes">
          {view.volumes.map((volume) => (
            <span key={volume.channel}>
              {t('applications.wizard.review.volumeLine', { channel: t(`enums.feeChannel.${volume.channel}`), amount: formatFen(volume.monthlyAmountFen) })}
              {volume.averageTicketFen !== null && t('applications.wizard.review.averageTicketLine', { amount: formatFen(volume.averageTicketFen) })}
            </span>
          ))}
        </Flex>
      ),
    terminalRequests:
      view.terminalRequests.length === 0 ? (
        empty
      ) : (
        <Flex vertical data-testid="review-terminals">
          {view.terminalRequests.map((request) => (
            <span key={request.terminalType}>
              {t('applications.wizard.review.terminalLine', { type: t(`enums.terminalType.${request.terminalType}`), count: request.count })}
            </span>
          ))}
        </Flex>
      ),
    installAddress: show(view.installAddress),
    installRegion: view.installRegion ? regionName(view.installRegion, locale) : empty,
  };

  return (
    <Flex vertical gap={12} data-testid="review-fields">
      {FIELD_GROUPS.map((group) => (
        <Card key={group.step} size="small" title={t(`applications.wizard.steps.${group.step}`)}>
          <Descriptions
            size="small"
            column={1}
            items={group.fields.map((field) => ({ key: field, label: t(`applications.wizard.fields.${field}`), children: valueOf[field] }))}
          />
        </Card>
      ))}
    </Flex>
  );
}

interface SensitiveValueProps {
  applicationId: string;
  field: RevealableField;
  masked: string;
  canReveal: boolean;
}

/** A masked number with an eye button: the full number is asked for on demand (audited) and hidden again on a click. */
function SensitiveValue({ applicationId, field, masked, canReveal }: SensitiveValueProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const reveal = useRevealField(applicationId);
  const [revealed, setRevealed] = useState<string | null>(null);

  const toggle = () => {
    if (revealed !== null) {
      setRevealed(null);
      return;
    }
    reveal.mutate(field, {
      onSuccess: (answer) => setRevealed(answer.value),
      onError: (error) => void message.error(isApiError(error) ? apiErrorText(error, locale) : t('reviews.reveal.failed')),
    });
  };

  return (
    <Flex gap={8} align="center" wrap>
      {revealed !== null ? (
        <Typography.Text code copyable data-testid={`revealed-${field}`}>
          {revealed}
        </Typography.Text>
      ) : (
        <Typography.Text data-testid={`masked-${field}`}>{masked}</Typography.Text>
      )}
      {canReveal && (
        <Tooltip title={revealed !== null ? t('reviews.reveal.hide') : t('reviews.reveal.audited')}>
          <Button
            size="small"
            type="text"
            icon={revealed !== null ? <EyeInvisibleOutlined /> : <EyeOutlined />}
            loading={reveal.isPending}
            onClick={toggle}
            aria-label={revealed !== null ? t('reviews.reveal.hide') : t('reviews.reveal.show')}
            aria-pressed={revealed !== null}
            data-testid={`reveal-${field}`}
          />
        </Tooltip>
      )}
    </Flex>
  );
}
