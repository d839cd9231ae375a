import { formatFen, type ApplicationView } from '@pos/shared';
import { Button, Card, Descriptions, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, regionName } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { WIZARD_STEPS, type WizardField } from './wizard-model';

interface ApplicationSummaryProps {
  application: ApplicationView;
  /** When given, each section offers a link back to its wizard step. */
  onEditStep?: (step: number) => void;
}

/** What the merchant has saved, section by section, as the provider will read it (sensitive numbers masked). */
export function ApplicationSummary({ application: view, onEditStep }: ApplicationSummaryProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const empty = <Typography.Text type="secondary">{t('common.notProvided')}</Typography.Text>;
  const show = (value: string | null | undefined): ReactNode => (value ? value : empty);
  const label = (field: WizardField) => t(`applications.wizard.fields.${field}`);

  const sections: { step: number; items: { key: string; label: string; children: ReactNode }[] }[] = [
    {
      step: 0,
      items: [
        { key: 'businessName', label: label('businessName'), children: show(view.businessName) },
        { key: 'creditCode', label: label('creditCode'), children: show(view.creditCode) },
        { key: 'businessAddress', label: label('businessAddress'), children: show(view.businessAddress) },
        { key: 'mcc', label: label('mcc'), children: show(view.mcc) },
        { key: 'businessScope', label: label('businessScope'), children: show(view.businessScope) },
        { key: 'openingDate', label: label('openingDate'), children: view.openingDate ? formatDate(view.openingDate, locale) : empty },
      ],
    },
    {
      step: 1,
      items: [
        { key: 'legalRepName', label: label('legalRepName'), children: show(view.legalRepName) },
        { key: 'legalRepIdNumber', label: label('legalRepIdNumber'), children: show(view.legalRepIdMasked) },
        { key: 'legalRepMobile', label: label('legalRepMobile'), children: show(view.legalRepMobile) },
      ],
    },
    {
      step: 2,
      items: [
        { key: 'contactName', label: label('contactName'), children: show(view.contactName) },
        { key: 'contactMobile', label: label('contactMobile'), children: show(view.contactMobile) },
        { key: 'contactEmail', label: label('contactEmail'), children: show(view.contactEmail) },
      ],
    },
    {
      step: 3,
      items: [
        { key: 'settlementAccountName', label: label('settlementAccountName'), children: show(view.settlementAccountName) },
        { key: 'settlementBank', label: label('settlementBank'), children: show(view.settlementBank) },
        { key: 'settlementBranch', label: label('settlementBranch'), children: show(view.settlementBranch) },
        { key: 'settlementAccountNumber', label: label('settlementAccountNumber'), children: show(view.settlementAccountMasked) },
      ],
    },
    {
      step: 4,
      items: [
        {
          key: 'volumes',
          label: label('volumes'),
          children:
            view.volumes.length === 0 ? (
              empty
            ) : (
              <Flex vertical>
                {view.volumes.map((volume) => (
                  <span key={volume.channel}>
                    {t('applications.wizard.review.volumeLine', {
                      channel: t(`enums.feeChannel.${volume.channel}`),
                      amount: formatFen(volume.monthlyAmountFen),
                    })}
                    {volume.averageTicketFen !== null && t('applications.wizard.review.averageTicketLine', { amount: formatFen(volume.averageTicketFen) })}
                  </span>
                ))}
              </Flex>
            ),
        },
        {
          key: 'terminalRequests',
          label: label('terminalRequests'),
          children:
            view.terminalRequests.length === 0 ? (
              empty
            ) : (
              <Flex vertical>
                {view.terminalRequests.map((request) => (
                  <span key={request.terminalType}>
                    {t('applications.wizard.review.terminalLine', { type: t(`enums.terminalType.${request.terminalType}`), count: request.count })}
                  </span>
                ))}
              </Flex>
            ),
        },
        { key: 'installAddress', label: label('installAddress'), children: show(view.installAddress) },
        { key: 'installRegion', label: label('installRegion'), children: view.installRegion ? regionName(view.installRegion, locale) : empty },
      ],
    },
  ];

  return (
    <Flex vertical gap={12} data-testid="application-summary">
      {sections.map((section) => (
        <Card
          key={section.step}
          size="small"
          title={t(`applications.wizard.steps.${WIZARD_STEPS[section.step] ?? 'business'}`)}
          extra={
            onEditStep && (
              <Button type="link" size="small" onClick={() => onEditStep(section.step)}>
                {t('applications.wizard.review.edit')}
              </Button>
            )
          }
        >
          <Descriptions size="small" column={{ xs: 1, md: 2 }} items={section.items} />
        </Card>
      ))}
    </Flex>
  );
}
