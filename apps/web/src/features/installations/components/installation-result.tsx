import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { APPROVED_RESPONSE_CODE, CHECKLIST_ITEMS, formatFen, type InstallationView, type TerminalView } from '@pos/shared';
import { Descriptions, Flex, Tag, theme, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PlainList, PlainListItem } from '../../../components/plain-list';
import { TerminalStatusTag } from './terminal-status-tag';

/** The terminals recorded on site, one line each with its status. */
export function RecordedTerminals({ terminals, actions }: { terminals: readonly TerminalView[]; actions?: (terminal: TerminalView) => ReactNode }) {
  const { t } = useTranslation();
  if (terminals.length === 0) return <Typography.Text type="secondary">{t('installations.result.noTerminals')}</Typography.Text>;
  return (
    <PlainList>
      {terminals.map((terminal) => (
        <PlainListItem key={terminal.id} data-testid={`installed-terminal-${terminal.serialNumber}`}>
          <Flex justify="space-between" align="center" gap={8}>
            <Flex vertical style={{ minWidth: 0 }}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong copyable={{ text: terminal.serialNumber }} style={{ wordBreak: 'break-all' }}>
                  {terminal.serialNumber}
                </Typography.Text>
                <TerminalStatusTag status={terminal.status} />
              </Flex>
              <Typography.Text type="secondary">
                {[terminal.model, t(`enums.terminalType.${terminal.type}`), terminal.simNetwork, terminal.firmwareVersion].filter(Boolean).join(' · ')}
              </Typography.Text>
            </Flex>
            {actions?.(terminal)}
          </Flex>
        </PlainListItem>
      ))}
    </PlainList>
  );
}

/** What the technician recorded: terminals, the eight checks and the test transaction. */
export function InstallationResult({ installation }: { installation: InstallationView }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { checklist, testTransaction } = installation;
  const mark = (ok: boolean) =>
    ok ? (
      <Tag icon={<CheckCircleFilled />} color="success">
        {t('installations.result.passed')}
      </Tag>
    ) : (
      <Tag icon={<CloseCircleFilled />} color="error">
        {t('installations.result.failed')}
      </Tag>
    );

  return (
    <Flex vertical gap={16} data-testid="installation-result">
      <div>
        <Typography.Title level={5}>{t('installations.result.terminals')}</Typography.Title>
        <RecordedTerminals terminals={installation.terminals} />
      </div>
      {checklist && (
        <div>
          <Typography.Title level={5}>{t('installations.result.checklist')}</Typography.Title>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 8 }} data-testid="checklist-result">
            {CHECKLIST_ITEMS.map((item) => (
              <Flex
                key={item}
                justify="space-between"
                align="center"
                gap={8}
                style={{ padding: '6px 10px', border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadius }}
                data-testid={`checklist-result-${item}`}
              >
                <span>{t(`installations.checklist.${item}`)}</span>
                {mark(checklist[item])}
              </Flex>
            ))}
          </div>
        </div>
      )}
      {testTransaction && (
        <div>
          <Typography.Title level={5}>{t('installations.result.testTransaction')}</Typography.Title>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, lg: 4 }}
            data-testid="test-transaction-result"
            items={[
              { key: 'amount', label: t('installations.result.amount'), children: formatFen(testTransaction.amountFen) },
              { key: 'channel', label: t('installations.result.channel'), children: t(`enums.feeChannel.${testTransaction.channel}`) },
              {
                key: 'responseCode',
                label: t('installations.result.responseCode'),
                children: `${testTransaction.responseCode} · ${
                  testTransaction.responseCode === APPROVED_RESPONSE_CODE ? t('installations.result.approved') : t('installations.result.declined')
                }`,
              },
              {
                key: 'receipt',
                label: t('installations.result.receipt'),
                children: testTransaction.receiptPrinted ? t('installations.result.receiptPrinted') : t('installations.result.receiptNotPrinted'),
              },
            ]}
          />
        </div>
      )}
    </Flex>
  );
}
