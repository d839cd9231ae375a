import { AlertOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MyTerminals } from '../features/installations';

/** /merchant/terminals: 我的终端, each with a way to report a fault on it. */
export function MerchantTerminalsPage() {
  const { t } = useTranslation();
  return (
    <MyTerminals
      rowAction={(terminal) =>
        terminal.status === 'RETIRED' ? null : (
          <Link to={`/merchant/troubleshoot?${new URLSearchParams({ terminal: terminal.id }).toString()}`}>
            <Button icon={<AlertOutlined />} data-testid={`report-fault-${terminal.serialNumber}`}>
              {t('tickets.reportFault')}
            </Button>
          </Link>
        )
      }
    />
  );
}
