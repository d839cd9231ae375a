import type { InstallationView } from '@pos/shared';
import { Descriptions, Flex, Typography, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/i18n';
import { formatWindow } from './time-window';
import { WindowList } from './window-list';

/** A phone number as a link that dials it on a phone. */
export function PhoneLink({ mobile, testId }: { mobile: string | null; testId?: string }) {
  const { t } = useTranslation();
  if (!mobile) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <a href={`tel:${mobile}`} data-testid={testId}>
      {mobile}
    </a>
  );
}

/** Who, where and when of an appointment, as provider staff read it. */
export function InstallationFacts({ installation: view, column = { xs: 1, md: 2 } }: { installation: InstallationView; column?: DescriptionsProps['column'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const items: DescriptionsProps['items'] = [
    { key: 'merchant', label: t('installations.dispatch.columns.merchant'), children: view.merchant.businessName ?? view.merchant.displayName },
    { key: 'address', label: t('installations.card.address'), children: view.address },
    {
      key: 'contact',
      label: t('installations.card.contact'),
      children: (
        <span>
          {view.merchant.contactName ?? ''} <PhoneLink mobile={view.merchant.contactMobile} />
        </span>
      ),
    },
    {
      key: 'terminalsWanted',
      label: t('installations.card.terminalsWanted'),
      children: (
        <Flex vertical>
          {view.terminalsWanted.map((line) => (
            <span key={line.terminalType}>{t('installations.card.terminalLine', { type: t(`enums.terminalType.${line.terminalType}`), count: line.count })}</span>
          ))}
        </Flex>
      ),
    },
    { key: 'proposedWindows', label: t('installations.card.proposedWindows'), children: <WindowList windows={view.proposedWindows} /> },
    ...(view.confirmedWindow
      ? [{ key: 'confirmedWindow', label: t('installations.card.confirmedWindow'), children: <Typography.Text strong>{formatWindow(view.confirmedWindow, locale)}</Typography.Text> }]
      : []),
    ...(view.technician
      ? [
          {
            key: 'technician',
            label: t('installations.card.technician'),
            children: (
              <span>
                {view.technician.displayName} <PhoneLink mobile={view.technician.mobile} />
              </span>
            ),
          },
        ]
      : []),
    ...(view.notes ? [{ key: 'notes', label: t('installations.card.notes'), children: view.notes }] : []),
    ...(view.lastReason ? [{ key: 'lastReason', label: t('installations.card.lastReason'), children: view.lastReason }] : []),
  ];
  return <Descriptions size="small" column={column} items={items} />;
}
