import type { ApplicationMissing, DocumentType } from '@pos/shared';
import { Alert, Button, Flex, Typography } from 'antd';
import { PlainList, PlainListItem } from '../../../components/plain-list';
import { useTranslation } from 'react-i18next';
import { isWizardField, sortMissingDocuments, stepOfField } from './wizard-model';

interface MissingItemsProps {
  missing: ApplicationMissing;
  requirements: readonly { documentType: DocumentType }[];
  onGoTo: (step: number) => void;
  documentsStep: number;
  /** True right after a refused submit: shown as an error rather than a reminder. */
  emphasised: boolean;
}

/** What still blocks submission, each item with a link to the step where it is filled in. */
export function MissingItems({ missing, requirements, onGoTo, documentsStep, emphasised }: MissingItemsProps) {
  const { t } = useTranslation();
  const items = [
    ...missing.fields.map((field) => ({
      key: `field-${field}`,
      label: isWizardField(field) ? t(`applications.wizard.fields.${field}`) : field,
      step: stepOfField(field),
    })),
    ...sortMissingDocuments(missing.documents, requirements).map((documentType) => ({
      key: `document-${documentType}`,
      label: t('applications.wizard.review.missingDocument', { name: t(`enums.documentType.${documentType}`) }),
      step: documentsStep as number | undefined,
    })),
  ];
  return (
    <Alert
      role={emphasised ? 'alert' : undefined}
      type={emphasised ? 'error' : 'warning'}
      showIcon
      title={t('applications.wizard.review.missingTitle')}
      data-testid="missing-items"
      description={
        <PlainList>
          {items.map((item) => (
            <PlainListItem key={item.key} data-testid={`missing-${item.key}`} style={{ paddingBlock: 4 }}>
              <Flex justify="space-between" align="center" gap={8}>
                <Typography.Text>{item.label}</Typography.Text>
                {item.step !== undefined && (
                  <Button type="link" size="small" onClick={() => onGoTo(item.step as number)}>
                    {t('applications.wizard.review.goToStep')}
                  </Button>
                )}
              </Flex>
            </PlainListItem>
          ))}
        </PlainList>
      }
    />
  );
}
