import { ArrowLeftOutlined, ArrowRightOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { ErrorCode, type ApplicationMissing, type ApplicationView, type FeeChannel } from '@pos/shared';
import { Alert, App, Button, Card, Flex, Form, Steps, Typography, type FormInstance } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type ApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyResolvedFieldErrors, type FieldPath } from '../../../lib/form-errors';
import { useLocale } from '../../../lib/i18n';
import { useSaveApplicationDraft, useSubmitApplication } from '../api/applications.api';
import { useRevalidateOnLocaleChange } from '../hooks/use-application-rules';
import { ApplicationSummary } from './application-summary';
import { DocumentUploads } from './document-uploads';
import { EditableFieldsProvider } from './locked-fields';
import { MissingItems } from './missing-items';
import {
  clampStep,
  DOCUMENTS_STEP,
  draftPayload,
  editableScope,
  formPathOf,
  initialStep,
  isPristine,
  REVIEW_STEP,
  SENSITIVE_FIELDS,
  stepOfField,
  validationPathsOf,
  valuesFromView,
  VOLUME_STEP,
  volumesOf,
  WIZARD_STEPS,
  type WizardValues,
} from './wizard-model';
import { BusinessStep, ContactStep, LegalRepStep, SettlementStep, VolumeStep } from './wizard-steps';

interface ApplicationWizardProps {
  application: ApplicationView;
  /** Channels the provider caps per transaction: the volume step asks for their average ticket. */
  cappedChannels: readonly FeeChannel[];
}

/** Errors of the last save that belong to no single input (e.g. "volumes": at least one entry), by step. */
type StepErrors = Partial<Record<number, string[]>>;

function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

function readMissing(error: ApiError): ApplicationMissing | undefined {
  const missing = error.details?.missing as Partial<ApplicationMissing> | undefined;
  if (!missing || typeof missing !== 'object') return undefined;
  return { fields: Array.isArray(missing.fields) ? missing.fields : [], documents: Array.isArray(missing.documents) ? missing.documents : [] };
}

/**
 * The application wizard: seven steps on one antd Form (named "application", so inputs have ids like
 * #application_businessName). Every step stays mounted and only the current one is shown, so values and field
 * errors survive moving between steps. "Next" validates the step and saves with the next `wizardStep`; "Save
 * draft" saves without requiring anything; both send only what differs from the saved application.
 */
export function ApplicationWizard({ application, cappedChannels }: ApplicationWizardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<WizardValues>();
  const [step, setStep] = useState(() => initialStep(application));
  const [stepErrors, setStepErrors] = useState<StepErrors>({});
  const [bannerError, setBannerError] = useState<{ title: string; error: ApiError } | null>(null);
  const [submitMissing, setSubmitMissing] = useState<ApplicationMissing | null>(null);
  const save = useSaveApplicationDraft(application.id);
  const submit = useSubmitApplication(application.id);
  useRevalidateOnLocaleChange(form);
  const busy = save.isPending || submit.isPending;

  const topRef = useRef<HTMLDivElement>(null);
  const goTo = (target: number) => {
    setStep(clampStep(target));
    // jsdom has no scrollIntoView; browsers bring the new step's top into view.
    topRef.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  };

  /** Puts a failed save's errors where they belong and shows the step with the first of them. */
  const onSaveError = (error: unknown, volumeChannels: FeeChannel[]) => {
    if (!isApiError(error)) return;
    if (error.code === ErrorCode.VALIDATION_FAILED && error.fieldErrors.length > 0) {
      const { unmatched, paths } = applyResolvedFieldErrors(form, error.fieldErrors, (field) => formPathOf(field, volumeChannels));
      const byStep: StepErrors = {};
      for (const fieldError of unmatched) {
        const at = stepOfField(fieldError.field) ?? step;
        byStep[at] = [...(byStep[at] ?? []), fieldError.message];
      }
      setStepErrors(byStep);
      const steps = [...paths.map((path) => stepOfField(String(path[0]))), ...Object.keys(byStep).map(Number)].filter(
        (value): value is number => value !== undefined,
      );
      if (steps.length > 0) goTo(Math.min(...steps));
      return;
    }
    if (error.code === ErrorCode.OPEN_APPLICATION_EXISTS) {
      form.setFields([{ name: 'creditCode', errors: [apiErrorText(error, locale)] }]);
      goTo(0);
      return;
    }
    setBannerError({ title: t('applications.wizard.saveFailed'), error });
  };

  /** Saves what changed with `wizardStep: nextStep`; resolves true when saved. */
  const persist = async (nextStep: number): Promise<boolean> => {
    const payload = draftPayload(form.getFieldsValue(true) as WizardValues, application);
    setBannerError(null);
    try {
      await save.mutateAsync({ ...payload.body, wizardStep: nextStep });
    } catch (error) {
      onSaveError(error, payload.volumeChannels);
      return false;
    }
    setStepErrors({});
    // The numbers are saved; from now on the inputs show the new masked value as placeholder.
    form.setFields(SENSITIVE_FIELDS.map((field) => ({ name: field, value: undefined, errors: [] })));
    return true;
  };

  const onNext = async () => {
    try {
      await form.validateFields(validationPathsOf(step, cappedChannels), { recursive: true });
    } catch {
      return;
    }
    if (step === VOLUME_STEP && !volumesOf(form.getFieldsValue(true) as WizardValues).some((volume) => volume.monthlyAmountFen > 0)) {
      setStepErrors({ [VOLUME_STEP]: [t('applications.wizard.volume.needVolume')] });
      return;
    }
    const next = step + 1;
    if (await persist(next)) goTo(next);
  };

  const onSaveDraft = async () => {
    // A draft may be incomplete, but what is filled in must be well-formed.
    const filled: FieldPath[] = form
      .getFieldsError()
      .map((field) => field.name as FieldPath)
      .filter((name) => !isEmptyValue((form as FormInstance).getFieldValue(name)));
    try {
      await form.validateFields(filled);
    } catch (validation) {
      const first = (validation as { errorFields?: { name: FieldPath }[] }).errorFields?.[0];
      const at = first ? stepOfField(String(first.name[0])) : undefined;
      if (at !== undefined) goTo(at);
      return;
    }
    if (await persist(step)) void message.success(t('applications.wizard.saved'));
  };

  const onSubmit = async () => {
    setSubmitMissing(null);
    setBannerError(null);
    // Whatever is still unsaved in the form goes first, so the server checks what the merchant sees.
    if (!isPristine(draftPayload(form.getFieldsValue(true) as WizardValues, application)) && !(await persist(REVIEW_STEP))) return;
    submit.mutate(undefined, {
      onSuccess: () => void message.success(t('applications.wizard.submitted')),
      onError: (error) => {
        if (!isApiError(error)) return;
        const missing = error.code === ErrorCode.APPLICATION_INCOMPLETE ? readMissing(error) : undefined;
        if (missing) setSubmitMissing(missing);
        else setBannerError({ title: t('applications.wizard.submitFailed'), error });
      },
    });
  };

  const missing = submitMissing ?? application.missing;
  const scope = editableScope(application);
  const panels: ReactNode[] = [
    <BusinessStep key="business" />,
    <LegalRepStep key="legalRep" application={application} />,
    <ContactStep key="contact" />,
    <SettlementStep key="settlement" application={application} />,
    <VolumeStep key="volume" cappedChannels={cappedChannels} />,
    <DocumentUploads key="documents" application={application} editable editableTypes={scope.documents} missing={missing.documents} />,
    <ReviewPanel key="review" application={application} missing={missing} fromSubmit={submitMissing !== null} onGoTo={goTo} />,
  ];

  return (
    <Flex vertical gap={16} ref={topRef}>
      <Card size="small">
        <Steps
          size="small"
          current={step}
          onChange={(target) => goTo(target)}
          items={WIZARD_STEPS.map((key, index) => ({
            title: t(`applications.wizard.steps.${key}`),
            status: stepErrors[index] ? 'error' : undefined,
            disabled: busy,
          }))}
        />
      </Card>

      {bannerError && (
        <Alert
          role="alert"
          type="error"
          showIcon
          closable={{ onClose: () => setBannerError(null) }}
          title={bannerError.title}
          description={apiErrorText(bannerError.error, locale)}
          data-testid="wizard-error"
        />
      )}

      <Card title={t(`applications.wizard.steps.${WIZARD_STEPS[step] ?? 'business'}`)}>
        {stepErrors[step] && (
          <Alert
            role="alert"
            type="error"
            showIcon
            title={t('applications.wizard.fixErrors')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {stepErrors[step].map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            }
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<WizardValues>
          form={form}
          name="application"
          layout="vertical"
          initialValues={valuesFromView(application)}
          disabled={busy}
          scrollToFirstError
        >
          <EditableFieldsProvider fields={scope.fields}>
            {panels.map((panel, index) => (
              <div key={WIZARD_STEPS[index]} hidden={index !== step} data-testid={`wizard-step-${WIZARD_STEPS[index]}`}>
                {panel}
              </div>
            ))}
          </EditableFieldsProvider>
        </Form>
      </Card>

      <Flex justify="space-between" gap={8} wrap>
        <Button icon={<ArrowLeftOutlined />} disabled={step === 0 || busy} onClick={() => goTo(step - 1)} data-testid="wizard-prev">
          {t('applications.wizard.prev')}
        </Button>
        <Flex gap={8} wrap>
          <Button icon={<SaveOutlined />} onClick={() => void onSaveDraft()} loading={save.isPending && step !== REVIEW_STEP} disabled={busy} data-testid="wizard-save">
            {t('applications.wizard.save')}
          </Button>
          {step < REVIEW_STEP ? (
            <Button type="primary" onClick={() => void onNext()} loading={save.isPending} disabled={busy} data-testid="wizard-next">
              {t('applications.wizard.next')} <ArrowRightOutlined />
            </Button>
          ) : (
            <Button type="primary" icon={<SendOutlined />} onClick={() => void onSubmit()} loading={submit.isPending} disabled={busy} data-testid="wizard-submit">
              {t('applications.wizard.submit')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Flex>
  );
}

function ReviewPanel({
  application,
  missing,
  fromSubmit,
  onGoTo,
}: {
  application: ApplicationView;
  missing: ApplicationMissing;
  fromSubmit: boolean;
  onGoTo: (step: number) => void;
}) {
  const { t } = useTranslation();
  const incomplete = missing.fields.length > 0 || missing.documents.length > 0;
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('applications.wizard.review.intro')}
      </Typography.Paragraph>
      {incomplete ? (
        <MissingItems missing={missing} requirements={application.documentRequirements} onGoTo={onGoTo} documentsStep={DOCUMENTS_STEP} emphasised={fromSubmit} />
      ) : (
        <Alert type="success" showIcon title={t('applications.wizard.review.complete')} />
      )}
      <ApplicationSummary application={application} onEditStep={onGoTo} />
      <Typography.Text type="secondary">{t('applications.wizard.review.documentsCount', { count: application.documents.length })}</Typography.Text>
    </Flex>
  );
}

