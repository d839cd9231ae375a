import type { FaultCategory } from '../domain/enums.js';
import type { TroubleshootingActor, TroubleshootingAnswerDefinition, TroubleshootingStepDefinition, TroubleshootingTreeDefinition } from './tree.js';

/**
 * The trees a fresh platform starts with (version 1 of each category). The platform admin edits them from the
 * console; an edit adds a version and these stay only as the starting point.
 */
const action = (id: string, actor: TroubleshootingActor, title: [string, string], instruction: [string, string], next: string | null): TroubleshootingStepDefinition => ({
  id,
  actor,
  title: { zh: title[0], en: title[1] },
  instruction: { zh: instruction[0], en: instruction[1] },
  next,
});

const question = (id: string, actor: TroubleshootingActor, title: [string, string], instruction: [string, string], answers: [string, [string, string], string | null][]): TroubleshootingStepDefinition => ({
  id,
  actor,
  title: { zh: title[0], en: title[1] },
  instruction: { zh: instruction[0], en: instruction[1] },
  answers: answers.map(([answerId, label, next]): TroubleshootingAnswerDefinition => ({ id: answerId, label: { zh: label[0], en: label[1] }, next })),
});

const contactProvider = action(
  'contact-provider',
  'PROVIDER',
  ['联系服务商', 'Contact the provider'],
  [
    '以上步骤没有解决问题。请提交报修单，服务商会按服务时限联系您；报修单会带上终端、错误类型和您已尝试的步骤。',
    'The steps above did not solve it. Open a ticket and the provider will contact you within its service targets; the ticket carries the terminal, the fault and the steps you already tried.',
  ],
  null,
);

const restartTerminal = (next: string | null) =>
  action(
    'restart-terminal',
    'CASHIER',
    ['重启终端并重新签到', 'Restart the terminal and sign in again'],
    [
      '长按电源键关机，等待 10 秒后开机；开机后按提示完成签到，再用一笔小额交易测试。',
      'Hold the power key to switch off, wait 10 seconds and switch on; complete the sign-in the terminal asks for, then test with a small transaction.',
    ],
    next,
  );

const callIssuer = (next: string | null) =>
  action(
    'call-issuer',
    'CARDHOLDER',
    ['请持卡人联系发卡行', 'Ask the cardholder to call the issuing bank'],
    [
      '这是发卡行对这张卡的决定，终端无法改变。请持卡人拨打卡片背面的发卡行客服电话查询原因；本次可换卡或改用扫码支付。',
      'This is the issuing bank’s decision about this card; the terminal cannot change it. Ask the cardholder to call the number on the back of the card; for now they can use another card or pay by QR code.',
    ],
    next,
  );

const otherCardWorks = (whenWorks: string | null, whenFails: string | null) =>
  question(
    'try-other-card',
    'CARDHOLDER',
    ['换一张卡试试', 'Try another card'],
    ['请持卡人换一张银行卡（或由店员用自己的卡）做一笔小额交易，判断是卡片的问题还是终端的问题。', 'Have the cardholder (or a member of staff) try a small payment with another card, to tell a card problem from a terminal problem.'],
    [
      ['other-card-works', ['换卡后成功', 'Another card works'], whenWorks],
      ['all-cards-fail', ['换卡也失败', 'Other cards fail too'], whenFails],
    ],
  );

export const DEFAULT_TROUBLESHOOTING_TREES: Record<FaultCategory, TroubleshootingTreeDefinition> = {
  PIN_ERROR: {
    entryStepId: 'reenter-pin',
    entryByResponseCode: { '55': 'reenter-pin', '75': 'pin-locked' },
    steps: [
      action(
        'reenter-pin',
        'CARDHOLDER',
        ['仔细重新输入密码', 'Re-enter the PIN carefully'],
        [
          '请持卡人遮挡键盘，慢慢输入 6 位密码，确认屏幕上的位数与按键次数一致后按“确认”。注意：连续输错 3 次卡片会被锁定。',
          'Ask the cardholder to shield the keypad, enter the 6-digit PIN slowly, check the number of dots matches the keys pressed, then press Enter. Three wrong PINs in a row lock the card.',
        ],
        'check-pinpad',
      ),
      action(
        'check-pinpad',
        'CASHIER',
        ['检查密码键盘', 'Check the PIN pad'],
        [
          '逐个按键确认是否灵敏、有无卡键；外接密码键盘请检查连接线是否插紧。',
          'Press each key to check it responds and none is stuck; for an external PIN pad, check its cable is firmly connected.',
        ],
        'restart-terminal',
      ),
      restartTerminal('call-issuer'),
      callIssuer('contact-provider'),
      action(
        'pin-locked',
        'CARDHOLDER',
        ['密码已锁定', 'The PIN is locked'],
        [
          '密码错误次数已超限，这张卡今天不能再输密码。请持卡人携带身份证件到发卡行柜台或通过手机银行重置密码；本次请换卡或扫码支付。',
          'Too many wrong PINs: the card cannot take a PIN again today. The cardholder can reset the PIN at the issuing bank with their ID or in mobile banking; for now use another card or a QR payment.',
        ],
        'contact-provider',
      ),
      contactProvider,
    ],
  },
  CARD_BLOCKED: {
    entryStepId: 'retry-card',
    entryByResponseCode: { '05': 'call-issuer', '41': 'lost-or-stolen', '43': 'lost-or-stolen', '51': 'insufficient-funds', '57': 'call-issuer', '61': 'call-issuer', '62': 'call-issuer', '65': 'call-issuer' },
    steps: [
      action(
        'retry-card',
        'CASHIER',
        ['核对金额后重试一次', 'Check the amount and try once more'],
        ['确认金额输入正确，重新读卡一次。不要连续多次重试同一张卡。', 'Check the amount is right and read the card once more. Do not retry the same card again and again.'],
        'try-other-card',
      ),
      otherCardWorks('call-issuer', 'restart-terminal'),
      callIssuer(null),
      restartTerminal('contact-provider'),
      action(
        'lost-or-stolen',
        'CASHIER',
        ['卡片已挂失或被盗', 'The card is reported lost or stolen'],
        [
          '发卡行提示这张卡已挂失或被盗，交易不能完成。请礼貌告知持卡人联系发卡行，不要反复尝试；如终端提示没收卡，按服务商的规定保管卡片并上报。',
          'The issuing bank reports this card lost or stolen; the payment cannot go through. Politely ask the cardholder to contact their bank and do not retry; if the terminal says to retain the card, keep it as the provider instructs and report it.',
        ],
        'contact-provider',
      ),
      action(
        'insufficient-funds',
        'CARDHOLDER',
        ['余额或额度不足', 'Insufficient funds or credit'],
        ['请持卡人换一张卡、分笔支付或改用扫码支付。', 'Ask the cardholder to use another card, split the payment, or pay by QR code.'],
        'call-issuer',
      ),
      contactProvider,
    ],
  },
  CARD_DAMAGED: {
    entryStepId: 'inspect-card',
    entryByResponseCode: { '14': 'inspect-card' },
    steps: [
      action(
        'inspect-card',
        'CASHIER',
        ['检查卡片外观', 'Look at the card'],
        ['查看芯片是否有划痕或污渍、磁条是否有折痕或消磁、卡片是否弯折。可用干净的软布轻擦芯片。', 'Check the chip for scratches or dirt, the magnetic stripe for creases, and the card for bends. Wipe the chip gently with a clean soft cloth.'],
        'change-read-method',
      ),
      action(
        'change-read-method',
        'CASHIER',
        ['换一种读卡方式', 'Read the card another way'],
        ['如刚才是刷卡，请改为插卡（芯片朝上插到底）；插卡失败可试挥卡（闪付），或换另一个读卡槽。', 'If the card was swiped, insert it instead (chip up, all the way in); if inserting fails, try tapping (contactless) or the other card slot.'],
        'try-other-card',
      ),
      otherCardWorks('replace-card', 'restart-terminal'),
      action(
        'replace-card',
        'CARDHOLDER',
        ['请持卡人换卡', 'The cardholder needs a new card'],
        ['终端读其他卡正常，说明这张卡已损坏。请持卡人联系发卡行补办新卡；本次请换卡或扫码支付。', 'The terminal reads other cards, so this card is damaged. Ask the cardholder to have their bank replace it; for now use another card or a QR payment.'],
        null,
      ),
      restartTerminal('contact-provider'),
      contactProvider,
    ],
  },
  CARD_EXPIRED: {
    entryStepId: 'check-expiry',
    entryByResponseCode: { '54': 'check-expiry' },
    steps: [
      question(
        'check-expiry',
        'CASHIER',
        ['查看卡片有效期', 'Check the expiry date'],
        ['卡面上的有效期格式为“月/年”（MM/YY），卡片在该月最后一天之后失效。', 'The expiry date on the card reads month/year (MM/YY); the card is valid until the last day of that month.'],
        [
          ['expired', ['已过期', 'It has expired'], 'renew-card'],
          ['not-expired', ['未过期', 'It has not expired'], 'check-terminal-date'],
        ],
      ),
      action(
        'renew-card',
        'CARDHOLDER',
        ['请持卡人更换新卡', 'The cardholder needs a renewed card'],
        ['过期卡无法交易。请持卡人联系发卡行换领新卡；本次请换卡或扫码支付。', 'An expired card cannot pay. Ask the cardholder to get a renewed card from their bank; for now use another card or a QR payment.'],
        null,
      ),
      action(
        'check-terminal-date',
        'CASHIER',
        ['核对终端的日期时间', 'Check the terminal’s date and time'],
        ['终端日期错误会把有效卡判为过期。在终端的“系统设置”中查看日期时间是否正确。', 'A wrong date on the terminal makes valid cards look expired. Check the date and time in the terminal’s system settings.'],
        'restart-terminal',
      ),
      restartTerminal('contact-provider'),
      contactProvider,
    ],
  },
  SYSTEM_FAULT: {
    entryStepId: 'read-screen',
    entryByResponseCode: { '12': 'restart-terminal', '96': 'restart-terminal', A0: 'sign-in-again' },
    steps: [
      question(
        'read-screen',
        'CASHIER',
        ['终端的状态', 'What the terminal does'],
        ['请选择最接近的情况。', 'Pick what is closest to what you see.'],
        [
          ['no-card-read', ['读不了任何卡', 'It reads no card at all'], 'clean-reader'],
          ['frozen', ['黑屏、死机或反复重启', 'Blank, frozen or restarting'], 'check-power'],
          ['error-message', ['交易时提示系统错误', 'A system error during payments'], 'restart-terminal'],
        ],
      ),
      action(
        'clean-reader',
        'CASHIER',
        ['清洁读卡槽', 'Clean the card slot'],
        ['关机后用读卡器清洁卡或干燥的软布清洁插卡槽和刷卡槽，检查槽内有无异物。', 'Switch off, then clean the insert and swipe slots with a cleaning card or a dry soft cloth, and check nothing is stuck inside.'],
        'restart-terminal',
      ),
      action(
        'check-power',
        'CASHIER',
        ['检查电源和电池', 'Check power and battery'],
        ['确认电源适配器插好、指示灯亮；移动终端请充电 15 分钟后再开机。', 'Make sure the power adapter is plugged in and its light is on; charge a mobile terminal for 15 minutes before switching it on.'],
        'restart-terminal',
      ),
      action(
        'sign-in-again',
        'CASHIER',
        ['重新签到', 'Sign in again'],
        ['在终端主菜单选择“签到”，输入操作员号和密码，完成后再做一笔交易。', 'Choose Sign in on the terminal’s main menu, enter the operator number and password, then try a payment again.'],
        'restart-terminal',
      ),
      restartTerminal('contact-provider'),
      contactProvider,
    ],
  },
  NETWORK: {
    entryStepId: 'check-signal',
    entryByResponseCode: { '91': 'wait-and-retry', '98': 'wait-and-retry' },
    steps: [
      action(
        'check-signal',
        'CASHIER',
        ['检查网络信号', 'Check the network signal'],
        ['查看终端屏幕顶部的信号图标。使用 Wi-Fi 的请确认路由器正常；使用 SIM 卡的请把终端移到信号更好的位置。', 'Look at the signal icon at the top of the screen. On Wi-Fi, check the router works; on a SIM card, move the terminal where the signal is better.'],
        'restart-terminal',
      ),
      action(
        'wait-and-retry',
        'CASHIER',
        ['稍后重试', 'Wait and try again'],
        ['银行或银联网络暂时繁忙。请等 1 至 2 分钟后重试；重试前先查询上一笔是否已扣款，避免重复收款。', 'The bank or UnionPay network is busy. Wait one or two minutes and try again; first check the previous attempt was not charged, to avoid charging twice.'],
        'check-signal',
      ),
      restartTerminal('contact-provider'),
      contactProvider,
    ],
  },
  PRINTER: {
    entryStepId: 'check-paper',
    entryByResponseCode: {},
    steps: [
      action(
        'check-paper',
        'CASHIER',
        ['检查打印纸', 'Check the paper roll'],
        ['打开纸仓，确认有纸、热敏面朝外（用指甲划一下会变黑的一面），合上纸仓盖并压紧。', 'Open the paper compartment, check there is paper with the thermal side out (the side that darkens when scratched), and close the lid firmly.'],
        'reprint',
      ),
      action(
        'reprint',
        'CASHIER',
        ['重打印上一笔', 'Reprint the last receipt'],
        ['在主菜单选择“重打印”→“最后一笔”。', 'Choose Reprint → Last transaction on the main menu.'],
        'restart-terminal',
      ),
      restartTerminal('contact-provider'),
      contactProvider,
    ],
  },
  OTHER: {
    entryStepId: 'restart-terminal',
    entryByResponseCode: {},
    steps: [restartTerminal('contact-provider'), contactProvider],
  },
};
