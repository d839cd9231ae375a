import { AlertOutlined } from '@ant-design/icons';
import { Button, Card, Flex, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** On the merchant's home: the way in when a card payment fails at the till. */
export function TroubleshootEntryCard({ startPath, ticketsPath }: { startPath: string; ticketsPath: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Card data-testid="troubleshoot-entry">
      <Flex gap={16} align="center" wrap justify="space-between">
        <Flex gap={12} align="flex-start" style={{ minWidth: 0, flex: '1 1 280px' }}>
          <span aria-hidden="true" style={{ fontSize: 24, color: token.colorWarning, background: token.colorWarningBg, borderRadius: token.borderRadiusLG, padding: '6px 10px' }}>
            <AlertOutlined />
          </span>
          <div style={{ minWidth: 0 }}>
            <Typography.Text strong style={{ fontSize: 16 }}>
              {t('tickets.homeCard.title')}
            </Typography.Text>
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
              {t('tickets.homeCard.text')}
            </Typography.Paragraph>
          </div>
        </Flex>
        <Flex gap={8} wrap>
          <Link to={startPath}>
            <Button type="primary" size="large">
              {t('tickets.homeCard.start')}
            </Button>
          </Link>
          <Link to={ticketsPath}>
            <Button size="large">{t('tickets.homeCard.tickets')}</Button>
          </Link>
        </Flex>
      </Flex>
    </Card>
  );
}
