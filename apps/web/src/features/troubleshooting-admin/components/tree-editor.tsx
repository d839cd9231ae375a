import { ArrowLeftOutlined, DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { RESPONSE_CODES, treeProblems, type FaultCategory, type TroubleshootingTreeDefinition } from '@pos/shared';
import { Alert, App, Button, Card, Col, Empty, Flex, Form, Row, Select, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { PageLoadState } from '../../../components/page-load-state';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { formatDateTime, pickLocalized } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useSaveTree, useTrees, useTreeVersions } from '../api/trees.api';
import { StepCard } from './step-card';
import { TreePreview } from './tree-preview';
import { blankStep, blankTree, problemMap, removeStep, renameStep } from './tree-model';

interface TreeEditorProps {
  category: FaultCategory;
  listPath: string;
}

/** PLATFORM_ADMIN: one category's troubleshooting tree, the version in use as the starting point. */
export function TreeEditor({ category, listPath }: TreeEditorProps) {
  const { t } = useTranslation();
  const trees = useTrees();
  const title = t('treeAdmin.editor.title', { category: t(`tickets.category.${category}`) });
  useDocumentTitle(title);
  const back = (
    <Link to={listPath}>
      <ArrowLeftOutlined /> {t('treeAdmin.editor.back')}
    </Link>
  );

  if (trees.isError || !trees.data) return <PageLoadState query={trees} failedTitle={t('treeAdmin.loadFailed')} back={back} rows={8} framed />;
  const current = trees.data.find((tree) => tree.category === category);
  return (
    <Flex vertical gap={16}>
      {back}
      {/* Keyed by the version in use, so saving restarts the editor from what was saved. */}
      <TreeWorkspace key={current?.version ?? 0} category={category} title={title} initial={current?.definition} version={current?.version} />
    </Flex>
  );
}

interface TreeWorkspaceProps {
  category: FaultCategory;
  title: string;
  initial: TroubleshootingTreeDefinition | undefined;
  version: number | undefined;
}

function TreeWorkspace({ category, title, initial, version }: TreeWorkspaceProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [tree, setTree] = useState<TroubleshootingTreeDefinition>(() => initial ?? blankTree(t('treeAdmin.editor.newStepTitle')));
  const save = useSaveTree(category);
  const [tried, setTried] = useState(false);
  const problems = useMemo(() => treeProblems(tree), [tree]);
  // The server's field errors describe the definition that was sent; once edited, the live check speaks again.
  const map = useMemo(() => problemMap(problems, locale, isApiError(save.error) ? save.error.fieldErrors : []), [problems, locale, save.error]);
  const treeLevel = map.get('steps');

  const edit = (next: TroubleshootingTreeDefinition) => {
    if (save.isError) save.reset();
    setTree(next);
  };
  const stepOptions = tree.steps.map((step) => ({ value: step.id, label: `${step.id} · ${pickLocalized(locale, step.title.zh, step.title.en)}` }));
  const usedCodes = new Set(Object.keys(tree.entryByResponseCode));
  const freeCodes = RESPONSE_CODES.filter((info) => !usedCodes.has(info.code));

  const onSave = () => {
    setTried(true);
    if (problems.length > 0) return;
    save.mutate(
      { definition: tree },
      { onSuccess: (saved) => void message.success(t('treeAdmin.editor.saved', { version: saved.version })) },
    );
  };

  return (
    <>
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
            {title}
          </Typography.Title>
          {version !== undefined && <Tag color="blue">{t('treeAdmin.versionValue', { version })}</Tag>}
        </div>
        <Flex gap={8} align="center" wrap>
          {problems.length > 0 ? (
            <Typography.Text type="danger" data-testid="tree-problem-count">
              {t('treeAdmin.editor.problems', { count: problems.length })}
            </Typography.Text>
          ) : (
            <Typography.Text type="success">{t('treeAdmin.editor.noProblems')}</Typography.Text>
          )}
          <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} onClick={onSave} data-testid="tree-editor-save">
            {t('treeAdmin.editor.save')}
          </Button>
        </Flex>
      </Flex>
      {tried && problems.length > 0 && <Alert role="alert" type="warning" showIcon title={t('treeAdmin.editor.fixFirst')} />}
      {save.isError && (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={t('treeAdmin.editor.saveFailed')}
          description={isApiError(save.error) ? apiErrorText(save.error, locale) : undefined}
          data-testid="tree-save-error"
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <Card title={t('treeAdmin.editor.entry')} size="small">
              <Form layout="vertical" component="div">
                <Form.Item
                  label={t('treeAdmin.editor.entryStep')}
                  extra={t('treeAdmin.editor.entryHelp')}
                  validateStatus={map.get('entryStepId') ? 'error' : undefined}
                  help={map.get('entryStepId')?.join('；')}
                >
                  <Select
                    value={tree.entryStepId}
                    onChange={(entryStepId) => edit({ ...tree, entryStepId })}
                    options={stepOptions}
                    aria-label={t('treeAdmin.editor.entryStep')}
                    data-testid="tree-entry-step"
                  />
                </Form.Item>
                <Typography.Text strong>{t('treeAdmin.editor.responseEntries')}</Typography.Text>
                <Flex vertical gap={8} style={{ marginTop: 8 }}>
                  {Object.entries(tree.entryByResponseCode).map(([code, stepId]) => {
                    const messages = map.get(`entryByResponseCode.${code}`);
                    const info = RESPONSE_CODES.find((item) => item.code === code);
                    return (
                      <Form.Item key={code} validateStatus={messages ? 'error' : undefined} help={messages?.join('；')} style={{ marginBottom: 0 }} data-testid={`tree-code-${code}`}>
                        <Flex gap={8} align="center" wrap>
                          <Tag style={{ minWidth: 160 }}>
                            {code}
                            {info ? ` · ${pickLocalized(locale, info.meaning.zh, info.meaning.en)}` : ''}
                          </Tag>
                          <Select
                            value={stepId}
                            style={{ minWidth: 220, flex: 1 }}
                            onChange={(value) => edit({ ...tree, entryByResponseCode: { ...tree.entryByResponseCode, [code]: value } })}
                            options={stepOptions}
                            aria-label={`${t('treeAdmin.editor.responseEntries')} ${code}`}
                          />
                          <Button
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={t('treeAdmin.editor.removeEntry', { code })}
                            onClick={() => edit({ ...tree, entryByResponseCode: Object.fromEntries(Object.entries(tree.entryByResponseCode).filter(([other]) => other !== code)) })}
                          />
                        </Flex>
                      </Form.Item>
                    );
                  })}
                  {freeCodes.length > 0 && (
                    <Select<string>
                      value={null as unknown as string}
                      placeholder={
                        <span>
                          <PlusOutlined /> {t('treeAdmin.editor.addEntry')}
                        </span>
                      }
                      style={{ maxWidth: 360 }}
                      aria-label={t('treeAdmin.editor.addEntry')}
                      showSearch={{ optionFilterProp: 'label' }}
                      onChange={(code) => edit({ ...tree, entryByResponseCode: { ...tree.entryByResponseCode, [code]: tree.entryStepId } })}
                      options={freeCodes.map((info) => ({ value: info.code, label: `${info.code} · ${pickLocalized(locale, info.meaning.zh, info.meaning.en)}` }))}
                      data-testid="tree-add-code"
                    />
                  )}
                </Flex>
              </Form>
            </Card>
            <Card title={t('treeAdmin.editor.steps')} size="small" styles={{ body: { background: 'transparent' } }}>
              <Flex vertical gap={12}>
                {treeLevel && <Alert role="alert" type="error" showIcon title={t('treeAdmin.editor.treeProblem')} description={treeLevel.join('；')} data-testid="tree-level-problem" />}
                {tree.steps.map((step, index) => (
                  <StepCard
                    key={index}
                    step={step}
                    index={index}
                    count={tree.steps.length}
                    stepOptions={stepOptions}
                    problems={map}
                    onChange={(changed) => edit({ ...tree, steps: tree.steps.map((item, at) => (at === index ? changed : item)) })}
                    onRename={(id) => edit(renameStep(tree, index, id))}
                    onMove={(offset) => {
                      const steps = [...tree.steps];
                      const [moved] = steps.splice(index, 1);
                      if (moved) steps.splice(index + offset, 0, moved);
                      edit({ ...tree, steps });
                    }}
                    onRemove={() => edit(removeStep(tree, index))}
                  />
                ))}
                <Button icon={<PlusOutlined />} onClick={() => edit({ ...tree, steps: [...tree.steps, blankStep(tree.steps, t('treeAdmin.editor.newStepTitle'))] })} data-testid="tree-add-step">
                  {t('treeAdmin.editor.addStep')}
                </Button>
              </Flex>
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16} style={{ position: 'sticky', top: 16 }}>
            <TreePreview tree={tree} valid={problems.length === 0} />
            <TreeVersions category={category} />
          </Flex>
        </Col>
      </Row>
    </>
  );
}

/** Every saved version, newest first, with who saved it. */
function TreeVersions({ category }: { category: FaultCategory }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const versions = useTreeVersions(category);
  let body;
  if (versions.isError) body = <LoadFailedAlert title={t('treeAdmin.editor.versionsFailed')} error={versions.error} onRetry={() => void versions.refetch()} />;
  else if (!versions.data) body = <Skeleton active paragraph={{ rows: 2 }} />;
  else if (versions.data.versions.length === 0) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  else {
    const sorted = [...versions.data.versions].sort((a, b) => b.version - a.version);
    body = (
      <Timeline
        items={sorted.map((item, index) => ({
          key: item.version,
          color: index === 0 ? 'green' : 'gray',
          content: (
            <Flex vertical gap={2} data-testid="tree-version">
              <Flex gap={8} align="center">
                <Typography.Text strong>{t('treeAdmin.versionValue', { version: item.version })}</Typography.Text>
                {index === 0 && <Tag color="green">{t('treeAdmin.editor.inUse')}</Tag>}
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(item.createdAt, locale)}
                {item.createdBy ? ` · ${t('treeAdmin.editor.versionBy', { name: item.createdBy.displayName })}` : ''}
              </Typography.Text>
            </Flex>
          ),
        }))}
      />
    );
  }
  return (
    <Card title={t('treeAdmin.editor.versions')} size="small">
      {body}
    </Card>
  );
}
