import type { ErrorCode } from '../errors/error-codes.js';
import type { Locale } from './locale.js';

/** Messages for error codes, in every supported language. `{lockedUntil}` style placeholders are filled by `formatMessage`. */
export const ERROR_MESSAGES: Record<Locale, Record<ErrorCode, string>> = {
  'zh-CN': {
    VALIDATION_FAILED: '提交的信息有误，请检查标出的字段',
    UNAUTHENTICATED: '请先登录',
    INVALID_CREDENTIALS: '账号或密码错误',
    ACCOUNT_LOCKED: '登录失败次数过多，账号已锁定至 {lockedUntil}',
    ACCOUNT_DISABLED: '账号已停用，请联系管理员',
    REFRESH_TOKEN_INVALID: '登录已过期，请重新登录',
    REFRESH_TOKEN_REUSED: '检测到登录凭证被重复使用，为安全起见已退出所有会话，请重新登录',
    FORBIDDEN: '您没有权限执行此操作',
    NOT_FOUND: '未找到该记录',
    ALREADY_REGISTERED: '该手机号或邮箱已注册',
    INVALID_TRANSITION: '当前状态下不能执行此操作',
    CONFLICT: '记录已被他人修改，请刷新后重试',
    APPLICATION_INCOMPLETE: '申请资料不完整，请补充标出的信息和材料后再提交',
    OPEN_APPLICATION_EXISTS: '该商户已有一份向此服务商提交且尚未办结的申请',
    UNSUPPORTED_FILE_TYPE: '仅支持 JPG、PNG 图片或 PDF 文件',
    FILE_EMPTY: '文件是空的，请重新选择',
    TOO_MANY_REQUESTS: '操作过于频繁，请稍后再试',
    PAYLOAD_TOO_LARGE: '文件或内容过大（单个文件不超过 {limit}）',
    SERVICE_UNAVAILABLE: '服务暂时不可用，请稍后再试',
    INTERNAL: '系统出错了，请稍后再试',
  },
  en: {
    VALIDATION_FAILED: 'Some fields are not valid; please check the marked fields',
    UNAUTHENTICATED: 'Please sign in first',
    INVALID_CREDENTIALS: 'The account or password is incorrect',
    ACCOUNT_LOCKED: 'Too many failed sign-ins; the account is locked until {lockedUntil}',
    ACCOUNT_DISABLED: 'This account is disabled; please contact an administrator',
    REFRESH_TOKEN_INVALID: 'Your session has expired; please sign in again',
    REFRESH_TOKEN_REUSED: 'A sign-in token was used twice; for your safety every session was signed out',
    FORBIDDEN: 'You are not allowed to do this',
    NOT_FOUND: 'Not found',
    ALREADY_REGISTERED: 'This mobile number or email is already registered',
    INVALID_TRANSITION: 'This action is not possible in the current status',
    CONFLICT: 'Someone else changed this record; reload and try again',
    APPLICATION_INCOMPLETE: 'The application is incomplete; add the marked information and documents, then submit',
    OPEN_APPLICATION_EXISTS: 'This business already has an open application with this provider',
    UNSUPPORTED_FILE_TYPE: 'Only JPEG or PNG images and PDF files are accepted',
    FILE_EMPTY: 'The file is empty; please choose it again',
    TOO_MANY_REQUESTS: 'Too many requests; please try again shortly',
    PAYLOAD_TOO_LARGE: 'The file or request is too large (at most {limit} per file)',
    SERVICE_UNAVAILABLE: 'The service is temporarily unavailable',
    INTERNAL: 'Something went wrong; please try again later',
  },
};

/**
 * Messages for field-level validation rules. Keys are class-validator constraint names or the
 * project's own rule names, so the API and the web form show the same words.
 */
export const FIELD_RULE_MESSAGES: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    required: '此项为必填',
    isNotEmpty: '此项为必填',
    isDefined: '此项为必填',
    isString: '请输入文字',
    isInt: '请输入整数',
    isEnum: '请选择有效的选项',
    isIn: '请选择有效的选项',
    isEmail: '请输入有效的邮箱地址',
    isMobile: '请输入有效的中国大陆手机号（11 位，以 1 开头）',
    isLoginName: '请输入手机号或邮箱',
    maxLength: '内容过长',
    minLength: '内容过短',
    whitelistValidation: '不允许的字段',
    passwordTooShort: '密码至少需要 10 个字符',
    passwordTooLong: '密码不能超过 128 个字符',
    passwordNeedsVariety: '密码需包含字母和数字',
    passwordTooCommon: '密码过于常见，请换一个',
    passwordContainsLogin: '密码不能包含手机号或邮箱',
    isStrongPassword: '密码不符合要求',
    creditCodeFormat: '统一社会信用代码应为 18 位数字或大写字母（不含 I、O、S、V、Z）',
    creditCodeCheck: '统一社会信用代码校验位不正确，请核对营业执照',
    residentIdFormat: '身份证号码应为 18 位，最后一位可以是数字或 X',
    residentIdRegion: '身份证号码的地区码不存在',
    residentIdBirthDate: '身份证号码中的出生日期无效',
    residentIdCheck: '身份证号码校验位不正确，请核对',
    bankAccountFormat: '银行账号应为 10 至 30 位数字',
    isMcc: '行业类别码（MCC）应为 4 位数字',
    isRegion: '请选择有效的省级地区',
    isDateString: '请输入有效日期（YYYY-MM-DD）',
    min: '数值过小',
    max: '数值过大',
    arrayMaxSize: '条目过多',
    arrayMinSize: '至少需要一项',
    arrayUnique: '不能有重复项',
    isUUID: '无效的编号',
  },
  en: {
    required: 'Required',
    isNotEmpty: 'Required',
    isDefined: 'Required',
    isString: 'Must be text',
    isInt: 'Must be a whole number',
    isEnum: 'Choose a valid option',
    isIn: 'Choose a valid option',
    isEmail: 'Enter a valid email address',
    isMobile: 'Enter a valid mainland China mobile number (11 digits starting with 1)',
    isLoginName: 'Enter a mobile number or email',
    maxLength: 'Too long',
    minLength: 'Too short',
    whitelistValidation: 'This field is not allowed',
    passwordTooShort: 'The password needs at least 10 characters',
    passwordTooLong: 'The password may have at most 128 characters',
    passwordNeedsVariety: 'The password needs both letters and digits',
    passwordTooCommon: 'This password is too common; choose another',
    passwordContainsLogin: 'The password must not contain your mobile number or email',
    isStrongPassword: 'The password does not meet the policy',
    creditCodeFormat: 'The unified social credit code has 18 digits or capital letters (no I, O, S, V or Z)',
    creditCodeCheck: 'The check character of the unified social credit code is wrong; compare it with the business licence',
    residentIdFormat: 'A resident ID number has 18 characters; the last may be a digit or X',
    residentIdRegion: 'The region code of the resident ID number does not exist',
    residentIdBirthDate: 'The birth date in the resident ID number is not a real date',
    residentIdCheck: 'The check digit of the resident ID number is wrong',
    bankAccountFormat: 'A bank account number has 10 to 30 digits',
    isMcc: 'A merchant category code (MCC) has 4 digits',
    isRegion: 'Choose a valid province-level region',
    isDateString: 'Enter a valid date (YYYY-MM-DD)',
    min: 'Too small',
    max: 'Too large',
    arrayMaxSize: 'Too many entries',
    arrayMinSize: 'At least one entry is needed',
    arrayUnique: 'Entries must not repeat',
    isUUID: 'Not a valid id',
  },
};

export function formatMessage(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

export function errorMessage(locale: Locale, code: ErrorCode, values?: Record<string, string | number>): string {
  return formatMessage(ERROR_MESSAGES[locale][code], values);
}

export function fieldRuleMessage(locale: Locale, rule: string): string | undefined {
  return FIELD_RULE_MESSAGES[locale][rule];
}
