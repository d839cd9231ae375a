import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { checkPasswordPolicy, normalizeLoginName, PASSWORD_MIN_LENGTH, type PasswordProblem } from '@pos/shared';
import { Flex, Progress, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Level = 'empty' | 'weak' | 'fair' | 'good' | 'strong';

const LEVEL_STEPS: Record<Level, number> = { empty: 0, weak: 1, fair: 2, good: 3, strong: 4 };

function strengthOf(password: string, problems: readonly PasswordProblem[]): Level {
  if (!password) return 'empty';
  if (problems.length > 1) return 'weak';
  if (problems.length === 1) return 'fair';
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
  return password.length >= 14 && classes >= 3 ? 'strong' : 'good';
}

interface PasswordStrengthProps {
  password: string;
  loginName: string;
}

/** Live hints from the shared password policy while the user types. */
export function PasswordStrength({ password, loginName }: PasswordStrengthProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const problems = checkPasswordPolicy(password, normalizeLoginName(loginName));
  const level = strengthOf(password, problems);
  const colour = { empty: token.colorBorder, weak: token.colorError, fair: token.colorWarning, good: token.colorSuccess, strong: token.colorSuccess }[level];
  const checks: { key: string; ok: boolean; label: string }[] = [
    { key: 'length', ok: !problems.includes('passwordTooShort') && !problems.includes('passwordTooLong'), label: t('auth.strength.rules.length', { min: PASSWORD_MIN_LENGTH }) },
    { key: 'variety', ok: !problems.includes('passwordNeedsVariety'), label: t('auth.strength.rules.variety') },
    { key: 'common', ok: !problems.includes('passwordTooCommon'), label: t('auth.strength.rules.notCommon') },
    { key: 'login', ok: !problems.includes('passwordContainsLogin'), label: t('auth.strength.rules.notLogin') },
  ];
  return (
    <div data-testid="password-strength" aria-live="polite" style={{ marginTop: 8 }}>
      <Flex align="center" gap={8}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('auth.strength.label')}
        </Typography.Text>
        <Progress
          percent={LEVEL_STEPS[level] * 25}
          steps={4}
          size="small"
          showInfo={false}
          strokeColor={colour}
          aria-hidden="true"
        />
        <Typography.Text style={{ fontSize: 12, color: level === 'empty' ? token.colorTextTertiary : colour }}>
          {t(`auth.strength.levels.${level}`)}
        </Typography.Text>
      </Flex>
      <ul style={{ listStyle: 'none', padding: 0, margin: '6px 0 0', display: 'grid', gap: 2 }}>
        {checks.map((check) => {
          const met = password.length > 0 && check.ok;
          return (
            <li key={check.key} data-met={met} style={{ fontSize: 12, color: met ? token.colorSuccessText : token.colorTextTertiary }}>
              {met ? <CheckCircleFilled /> : <MinusCircleOutlined />} <span>{check.label}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
