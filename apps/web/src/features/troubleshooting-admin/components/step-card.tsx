import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { TroubleshootingActor, type LocalizedText, type TroubleshootingAnswerDefinition, type TroubleshootingStepDefinition } from '@pos/shared';
import { Button, Card, Flex, Form, Input, Radio, Select, Tooltip, Typography } from 'antd';
import { cloneElement, useId, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { END_VALUE, type ProblemMap } from './tree-model';

const ACTORS = Object.values(TroubleshootingActor);

interface StepCardProps {
  step: TroubleshootingStepDefinition;
  index: number;
  count: number;
  /** The options of every "next step" select: the other steps, then the end. */
  stepOptions: { value: string; label: string }[];
  problems: ProblemMap;
  onChange: (step: TroubleshootingStepDefinition) => void;
  onRename: (id: string) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}

/**
 * A Form.Item used for layout only: the label, and the live problems of one field path under it. Without a `name`
 * antd ties neither to the control, so the label points at the control's own id here.
 */
function Field({ label, problems, path, children }: { label: string; problems: ProblemMap; path: string; children: ReactElement<{ id?: string }> }) {
  const messages = problems.get(path);
  const id = useId();
  return (
    <Form.Item label={label} htmlFor={id} validateStatus={messages ? 'error' : undefined} help={messages?.join('；')} style={{ marginBottom: 12 }} data-problem={messages ? path : undefined}>
      {cloneElement(children, { id })}
    </Form.Item>
  );
}

const toSelect = (next: string | null | undefined) => (next === null || next === undefined ? END_VALUE : next);
const fromSelect = (value: string) => (value === END_VALUE ? null : value);

/** One step of the tree: id, who acts, bilingual title and instruction, and where "did not help" or each answer leads. */
export function StepCard({ step, index, count, stepOptions, problems, onChange, onRename, onMove, onRemove }: StepCardProps) {
  const { t } = useTranslation();
  const at = `steps.${index}`;
  const question = step.answers !== undefined;
  const options = stepOptions.filter((option) => option.value !== step.id);
  const text = (key: 'title' | 'instruction', language: keyof LocalizedText, value: string) => onChange({ ...step, [key]: { ...step[key], [language]: value } });
  const setAnswer = (answerIndex: number, answer: TroubleshootingAnswerDefinition) =>
    onChange({ ...step, answers: (step.answers ?? []).map((item, i) => (i === answerIndex ? answer : item)) });

  return (
    <Card
      size="small"
      data-testid={`tree-step-${index}`}
      title={
        <Flex gap={8} align="center">
          <span>{t('treeAdmin.editor.stepN', { n: index + 1 })}</span>
          <Typography.Text code>{step.id}</Typography.Text>
        </Flex>
      }
      extra={
        <Flex gap={4}>
          <Tooltip title={t('treeAdmin.editor.moveUp')}>
            <Button size="small" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => onMove(-1)} aria-label={t('treeAdmin.editor.moveUp')} />
          </Tooltip>
          <Tooltip title={t('treeAdmin.editor.moveDown')}>
            <Button size="small" icon={<ArrowDownOutlined />} disabled={index === count - 1} onClick={() => onMove(1)} aria-label={t('treeAdmin.editor.moveDown')} />
          </Tooltip>
          <Tooltip title={t('treeAdmin.editor.removeStep')}>
            <Button size="small" danger icon={<DeleteOutlined />} disabled={count === 1} onClick={onRemove} aria-label={t('treeAdmin.editor.removeStep')} data-testid={`tree-step-${index}-remove`} />
          </Tooltip>
        </Flex>
      }
    >
      <Form layout="vertical" component="div">
        <Flex gap={12} wrap>
          <div style={{ flex: '1 1 200px' }}>
            <Field label={t('treeAdmin.editor.stepId')} problems={problems} path={`${at}.id`}>
              <Input value={step.id} maxLength={40} onChange={(event) => onRename(event.target.value.trim())} aria-label={`${t('treeAdmin.editor.stepN', { n: index + 1 })} ${t('treeAdmin.editor.stepId')}`} data-testid={`tree-step-${index}-id`} />
            </Field>
          </div>
          <div style={{ flex: '1 1 160px' }}>
            <Field label={t('treeAdmin.editor.actor')} problems={problems} path={`${at}.actor`}>
              <Select
                value={step.actor}
                onChange={(actor) => onChange({ ...step, actor })}
                options={ACTORS.map((actor) => ({ value: actor, label: t(`tickets.actor.${actor}`) }))}
                data-testid={`tree-step-${index}-actor`}
              />
            </Field>
          </div>
        </Flex>
        <Flex gap={12} wrap>
          <div style={{ flex: '1 1 240px' }}>
            <Field label={t('treeAdmin.editor.titleZh')} problems={problems} path={`${at}.title.zh`}>
              <Input value={step.title.zh} maxLength={500} onChange={(event) => text('title', 'zh', event.target.value)} data-testid={`tree-step-${index}-title-zh`} />
            </Field>
          </div>
          <div style={{ flex: '1 1 240px' }}>
            <Field label={t('treeAdmin.editor.titleEn')} problems={problems} path={`${at}.title.en`}>
              <Input value={step.title.en} maxLength={500} onChange={(event) => text('title', 'en', event.target.value)} data-testid={`tree-step-${index}-title-en`} />
            </Field>
          </div>
        </Flex>
        <Flex gap={12} wrap>
          <div style={{ flex: '1 1 240px' }}>
            <Field label={t('treeAdmin.editor.instructionZh')} problems={problems} path={`${at}.instruction.zh`}>
              <Input.TextArea rows={3} value={step.instruction.zh} maxLength={500} onChange={(event) => text('instruction', 'zh', event.target.value)} data-testid={`tree-step-${index}-instruction-zh`} />
            </Field>
          </div>
          <div style={{ flex: '1 1 240px' }}>
            <Field label={t('treeAdmin.editor.instructionEn')} problems={problems} path={`${at}.instruction.en`}>
              <Input.TextArea rows={3} value={step.instruction.en} maxLength={500} onChange={(event) => text('instruction', 'en', event.target.value)} data-testid={`tree-step-${index}-instruction-en`} />
            </Field>
          </div>
        </Flex>
        <Form.Item label={t('treeAdmin.editor.kind')} style={{ marginBottom: 12 }}>
          <Radio.Group
            value={question ? 'question' : 'action'}
            onChange={(event) => {
              if (event.target.value === 'question')
                onChange({
                  id: step.id,
                  actor: step.actor,
                  title: step.title,
                  instruction: step.instruction,
                  answers: [
                    { id: 'yes', label: { zh: '', en: '' }, next: null },
                    { id: 'no', label: { zh: '', en: '' }, next: null },
                  ],
                });
              else onChange({ id: step.id, actor: step.actor, title: step.title, instruction: step.instruction, next: null });
            }}
            options={[
              { value: 'action', label: t('treeAdmin.editor.kindAction') },
              { value: 'question', label: t('treeAdmin.editor.kindQuestion') },
            ]}
            data-testid={`tree-step-${index}-kind`}
          />
        </Form.Item>
        {!question ? (
          <Field label={t('treeAdmin.editor.next')} problems={problems} path={`${at}.next`}>
            <Select
              value={toSelect(step.next)}
              onChange={(value) => onChange({ ...step, next: fromSelect(value) })}
              options={[...options, { value: END_VALUE, label: t('treeAdmin.editor.end') }]}
              aria-label={`${t('treeAdmin.editor.stepN', { n: index + 1 })} ${t('treeAdmin.editor.next')}`}
              data-testid={`tree-step-${index}-next`}
            />
          </Field>
        ) : (
          <Flex vertical gap={8}>
            <Typography.Text strong>{t('treeAdmin.editor.answers')}</Typography.Text>
            {problems.get(`${at}.answers`) && <Typography.Text type="danger">{problems.get(`${at}.answers`)?.join('；')}</Typography.Text>}
            {(step.answers ?? []).map((answer, answerIndex) => {
              const answerAt = `${at}.answers.${answerIndex}`;
              return (
                <Card key={answerIndex} size="small" type="inner" data-testid={`tree-step-${index}-answer-${answerIndex}`}>
                  <Flex gap={12} wrap align="flex-start">
                    <div style={{ flex: '1 1 120px' }}>
                      <Field label={t('treeAdmin.editor.answerId')} problems={problems} path={`${answerAt}.id`}>
                        <Input value={answer.id} maxLength={40} onChange={(event) => setAnswer(answerIndex, { ...answer, id: event.target.value.trim() })} />
                      </Field>
                    </div>
                    <div style={{ flex: '1 1 160px' }}>
                      <Field label={t('treeAdmin.editor.labelZh')} problems={problems} path={`${answerAt}.label.zh`}>
                        <Input value={answer.label.zh} maxLength={500} onChange={(event) => setAnswer(answerIndex, { ...answer, label: { ...answer.label, zh: event.target.value } })} />
                      </Field>
                    </div>
                    <div style={{ flex: '1 1 160px' }}>
                      <Field label={t('treeAdmin.editor.labelEn')} problems={problems} path={`${answerAt}.label.en`}>
                        <Input value={answer.label.en} maxLength={500} onChange={(event) => setAnswer(answerIndex, { ...answer, label: { ...answer.label, en: event.target.value } })} />
                      </Field>
                    </div>
                    <div style={{ flex: '1 1 180px' }}>
                      <Field label={t('treeAdmin.editor.answerNext')} problems={problems} path={`${answerAt}.next`}>
                        <Select
                          value={toSelect(answer.next)}
                          onChange={(value) => setAnswer(answerIndex, { ...answer, next: fromSelect(value) })}
                          options={[...options, { value: END_VALUE, label: t('treeAdmin.editor.end') }]}
                        />
                      </Field>
                    </div>
                    <Button
                      danger
                      icon={<DeleteOutlined />}
                      disabled={(step.answers ?? []).length <= 2}
                      onClick={() => onChange({ ...step, answers: (step.answers ?? []).filter((_item, i) => i !== answerIndex) })}
                      aria-label={t('treeAdmin.editor.removeAnswer')}
                      style={{ marginTop: 30 }}
                    />
                  </Flex>
                </Card>
              );
            })}
            {(step.answers ?? []).length < 4 && (
              <Button
                icon={<PlusOutlined />}
                onClick={() => onChange({ ...step, answers: [...(step.answers ?? []), { id: `answer-${(step.answers ?? []).length + 1}`, label: { zh: '', en: '' }, next: null }] })}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('treeAdmin.editor.addAnswer')}
              </Button>
            )}
          </Flex>
        )}
      </Form>
    </Card>
  );
}
