import { SignatureOutlined } from '@ant-design/icons';
import { ApplicationStatus } from '@pos/shared';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApplicationAgreement } from '../api/agreements.api';

/** Application statuses from which an agreement exists for the merchant. */
const WITH_AGREEMENT: readonly ApplicationStatus[] = [
  ApplicationStatus.AGREEMENT_SENT,
  ApplicationStatus.SIGNED,
  ApplicationStatus.INSTALL_SCHEDULED,
  ApplicationStatus.INSTALLED,
  ApplicationStatus.LIVE,
];

interface AgreementLinkCardProps {
  applicationId: string;
  applicationStatus: ApplicationStatus;
  /** The agreement page of this application. */
  agreementPath: string;
}

/** On the application page once the agreement is out: where it stands and the way to read, sign or download it. */
export function AgreementLinkCard({ applicationId, applicationStatus, agreementPath }: AgreementLinkCardProps) {
  const { t } = useTranslation();
  const hasAgreement = WITH_AGREEMENT.includes(applicationStatus);
  const agreement = useApplicationAgreement(applicationId, { enabled: hasAgreement });
  if (!hasAgreement) return null;

  const status = agreement.data?.status;
  const toSign = status === undefined ? applicationStatus === ApplicationStatus.AGREEMENT_SENT : status === 'SENT';
  const text = toSign ? t('agreements.link.textSent') : status === 'MERCHANT_SIGNED' ? t('agreements.link.textSigned') : t('agreements.link.textDone');

  return (
    <Alert
      type={toSign ? 'warning' : 'info'}
      showIcon
      icon={<SignatureOutlined />}
      title={t('agreements.link.title')}
      description={text}
      data-testid="agreement-link-card"
      action={
        <Link to={agreementPath} data-testid="open-agreement">
          <Button type={toSign ? 'primary' : 'default'}>{toSign ? t('agreements.link.open') : t('agreements.link.view')}</Button>
        </Link>
      }
    />
  );
}
