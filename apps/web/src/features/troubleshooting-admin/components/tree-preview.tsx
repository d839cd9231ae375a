import { entryStepOf, RESPONSE_CODES, type TroubleshootingTreeDefinition } from '@pos/shared';
import { Alert, Button, Card, Flex, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLocalized } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';

type Walk = { at: string; trail: string[] } | { ended: 'ticket' | 'solved'; trail: string[] };

/** Walks the tree as a merchant would, from the entry of a chosen response code; only a valid tree can be walked. */
export function TreePreview({ tree, valid }: { tree: TroubleshootingTreeDefinition; valid: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [code, setCode] = useState<string | undefined>();
  const [walk, setWalk] = useState<Walk | undefined>();

  if (!valid) {
    return (
      <Card title={t('treeAdmin.editor.preview')} size="small">
        <Typography.Text type="secondary">{t('treeAdmin.editor.previewBroken')}</Typography.Text>
      </Card>
    );
  }

  const start = () => ({ at: entryStepOf(tree, code), trail: [] as string[] });
  const current: Walk = walk ?? start();
  const step = 'at' in current ? tree.steps.find((item) => item.id === current.at) : undefined;
  const go = (next: string | null, solved = false) => {
    const trail = 'at' in current ? [...current.trail, current.at] : current.trail;
    if (solved) setWalk({ ended: 'solved', trail });
    else setWalk(next ? { at: next, trail } : { ended: 'ticket', trail });
  };

  return (
    <Card title={t('treeAdmin.editor.preview')} size="small" data-testid="tree-preview">
      <Flex vertical gap={12}>
        <Select<string>
          allowClear
          value={code}
          placeholder={t('treeAdmin.editor.previewNoCode')}
          aria-label={t('treeAdmin.editor.previewCode')}
          onChange={(value) => {
            setCode(value);
            setWalk(undefined);
          }}
          options={RESPONSE_CODES.map((info) => ({ value: info.code, label: `${info.code} · ${pickLocalized(locale, info.meaning.zh, info.meaning.en)}` }))}
        />
        {current.trail.length > 0 && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {current.trail.join(' → ')}
          </Typography.Text>
        )}
        {'ended' in current ? (
          <Alert type={current.ended === 'solved' ? 'success' : 'warning'} showIcon title={current.ended === 'solved' ? t('treeAdmin.editor.previewEndSolved') : t('treeAdmin.editor.previewEndTicket')} />
        ) : (
          step && (
            <Flex vertical gap={8} data-testid="tree-preview-step">
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>{pickLocalized(locale, step.title.zh, step.title.en)}</Typography.Text>
                <Tag>{t(`tickets.actor.${step.actor}`)}</Tag>
              </Flex>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{pickLocalized(locale, step.instruction.zh, step.instruction.en)}</Typography.Paragraph>
              <Flex gap={8} wrap>
                {step.answers ? (
                  step.answers.map((answer) => (
                    <Button key={answer.id} onClick={() => go(answer.next)}>
                      {pickLocalized(locale, answer.label.zh, answer.label.en)}
                    </Button>
                  ))
                ) : (
                  <Button onClick={() => go(step.next ?? null)}>{t('treeAdmin.editor.previewNotSolved')}</Button>
                )}
                <Button type="primary" onClick={() => go(null, true)}>
                  {t('treeAdmin.editor.previewSolved')}
                </Button>
              </Flex>
            </Flex>
          )
        )}
        {current.trail.length > 0 && (
          <Button type="link" onClick={() => setWalk(undefined)} style={{ alignSelf: 'flex-start', padding: 0 }}>
            {t('treeAdmin.editor.previewRestart')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
