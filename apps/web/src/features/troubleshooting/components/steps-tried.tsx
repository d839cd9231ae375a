import { NOT_SOLVED_ANSWER, SOLVED_ANSWER, type TroubleshootingStepRecord } from '@pos/shared';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PlainList, PlainListItem } from '../../../components/plain-list';
import { pickLocalized } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';

/** The steps walked so far, each with who acted and what the merchant answered. */
export function StepsTried({ steps, testId }: { steps: readonly TroubleshootingStepRecord[]; testId?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (steps.length === 0) return <Typography.Text type="secondary">{t('tickets.walk.noSteps')}</Typography.Text>;
  return (
    <div data-testid={testId}>
      <PlainList>
        {steps.map((step, index) => (
          <PlainListItem key={`${step.stepId}-${index}`}>
            <Typography.Text>
              {index + 1}. {pickLocalized(locale, step.title.zh, step.title.en)}
            </Typography.Text>{' '}
            <Tag>{t(`tickets.actor.${step.actor}`)}</Tag>
            <Typography.Text type="secondary">
              {step.answerLabel
                ? pickLocalized(locale, step.answerLabel.zh, step.answerLabel.en)
                : step.answer === SOLVED_ANSWER || step.answer === NOT_SOLVED_ANSWER
                  ? t(`tickets.answer.${step.answer}`)
                  : step.answer}
            </Typography.Text>
          </PlainListItem>
        ))}
      </PlainList>
    </div>
  );
}
