import type { QuizResultDetails, TrainingModuleView, TrainingQuestionContent, TrainingSection } from '../contracts/prevention.contract.js';
import { TrainingModule } from '../domain/enums.js';
import type { LocalizedText } from '../troubleshooting/response-codes.js';

interface TrainingQuestion extends TrainingQuestionContent {
  /** Index of the correct option. Stays on the server side of the API: the browser gets the module without it. */
  answer: number;
}

interface TrainingModuleContent {
  module: TrainingModule;
  title: LocalizedText;
  summary: LocalizedText;
  minutes: number;
  sections: TrainingSection[];
  questions: TrainingQuestion[];
  passMark: number;
}

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

/**
 * Short cashier training, written for a cashier on a busy till: what to do, in order, and what never to do. The
 * quiz checks the points that protect the customer and the shop (amount checked, PIN shielded, card never kept).
 */
export const TRAINING_MODULES: readonly TrainingModuleContent[] = [
  {
    module: TrainingModule.OPERATING_TERMINAL,
    title: t('收银终端操作', 'Operating the terminal'),
    summary: t('从选择刷卡或扫码、输入金额、核对信息、输入密码到打印签购单的完整流程。', 'The whole sale: card or QR, entering the amount, checking the details, PIN entry and the receipt.'),
    minutes: 10,
    sections: [
      {
        title: t('1. 选择收款方式', '1. Choose how the customer pays'),
        points: [
          t('银行卡：让顾客插卡（芯片朝上朝里）或挥卡，磁条卡才刷卡。', 'Card: let the customer insert (chip up, facing in) or tap; swipe only a magnetic-stripe card.'),
          t('扫码：在终端选择“扫码收款”，扫描顾客付款码，或让顾客扫店铺收款码。', "QR: choose \"Scan to pay\" and scan the customer's payment code, or let them scan the shop's code."),
          t('银行卡始终留在顾客视线内，不要拿到柜台下或后面操作。', "Keep the card in the customer's sight at all times; never take it under or behind the counter."),
        ],
      },
      {
        title: t('2. 输入并核对金额', '2. Enter and check the amount'),
        points: [
          t('按小票或收银系统输入金额，单位是“元”，注意小数点。', 'Enter the amount from the bill or till system, in yuan; mind the decimal point.'),
          t('按确认键前请顾客看屏幕核对金额，金额不对就取消重输。', 'Before confirming, ask the customer to check the amount on screen; if it is wrong, cancel and enter it again.'),
        ],
      },
      {
        title: t('3. 输入密码', '3. PIN entry'),
        points: [
          t('把终端递给顾客或转向顾客，请顾客自己输入密码，用手遮挡键盘。', 'Hand the terminal to the customer or turn it towards them; they type the PIN themselves, shielding the keypad with a hand.'),
          t('收银员不看、不问、不代输密码，也不要把密码写下来。', 'Never watch, ask for, type or write down a PIN.'),
        ],
      },
      {
        title: t('4. 打印签购单', '4. Print the receipt'),
        points: [
          t('交易成功后打印签购单，核对卡号后四位、金额和“交易成功”字样。', 'After approval print the receipt; check the last four digits, the amount and the word "approved".'),
          t('需要签名时请顾客在商户存根上签名，存根妥善保存至少一年。', "When a signature is needed, the customer signs the merchant copy; keep merchant copies safe for at least a year."),
          t('屏幕显示失败或没有打印时，不要重复交易，先查询最后一笔交易结果。', 'If the screen shows a failure or nothing prints, do not repeat the sale; first look up the last transaction.'),
        ],
      },
    ],
    questions: [
      {
        id: 'op-1',
        prompt: t('顾客输入密码时，收银员应该怎么做？', 'What does the cashier do while the customer enters the PIN?'),
        options: [t('帮顾客输入以节省时间', 'Type it for them to save time'), t('把终端交给顾客并请其遮挡键盘', 'Hand over the terminal and ask them to shield the keypad'), t('请顾客把密码告诉自己', 'Ask the customer to say the PIN')],
        answer: 1,
      },
      {
        id: 'op-2',
        prompt: t('按确认键之前应该先做什么？', 'What comes before pressing confirm?'),
        options: [t('请顾客核对屏幕上的金额', 'Ask the customer to check the amount on screen'), t('先打印签购单', 'Print the receipt first'), t('什么都不用做', 'Nothing')],
        answer: 0,
      },
      {
        id: 'op-3',
        prompt: t('交易后终端没有打印签购单，也不确定是否成功，应该？', 'After a sale nothing printed and you are not sure it went through. What next?'),
        options: [t('马上再刷一次', 'Run the card again at once'), t('让顾客改用现金，不再理会', 'Ask for cash and forget it'), t('先查询最后一笔交易的结果', 'Look up the result of the last transaction first')],
        answer: 2,
      },
      {
        id: 'op-4',
        prompt: t('顾客的银行卡应该放在哪里操作？', 'Where should the customer’s card be while you take payment?'),
        options: [t('顾客看得见的地方', "Where the customer can see it"), t('柜台下面', 'Under the counter'), t('收银员口袋里', "In the cashier's pocket")],
        answer: 0,
      },
    ],
    passMark: 3,
  },
  {
    module: TrainingModule.CHECKING_CARDS,
    title: t('检查银行卡', 'Checking cards'),
    summary: t('收卡时看有效期、卡面是否损坏、芯片和签名栏，发现问题怎么处理。', 'What to look at on a card: expiry, damage, chip and signature panel, and what to do about a problem.'),
    minutes: 8,
    sections: [
      {
        title: t('1. 有效期', '1. Expiry'),
        points: [
          t('卡面上的“月/年”是有效期，过了这个月份卡就不能用了。', 'The MM/YY on the card is its expiry; after that month the card no longer works.'),
          t('过期卡会被拒绝（应答码 54），请顾客换一张卡或用扫码支付。', 'An expired card is declined (response code 54); ask for another card or a QR payment.'),
        ],
      },
      {
        title: t('2. 卡面和芯片', '2. Card face and chip'),
        points: [
          t('看卡片是否弯折、开裂，芯片是否磨损、脱落或有污渍。', 'Look for a bent or cracked card and a worn, loose or dirty chip.'),
          t('芯片读不出时可请顾客擦拭后重插一次；仍然失败，不要反复尝试，请换卡。', 'If the chip cannot be read, let the customer wipe it and insert once more; if it still fails, stop and ask for another card.'),
          t('卡号或卡面有涂改、贴纸、与普通卡手感不同的，可能是伪卡，请婉拒并联系服务商。', 'Altered numbers, stickers or a card that feels unusual may be a fake: politely refuse it and call the provider.'),
        ],
      },
      {
        title: t('3. 签名栏和持卡人', '3. Signature panel and cardholder'),
        points: [
          t('需要签名的交易，核对签购单上的签名与卡背面签名是否一致。', 'When the sale needs a signature, compare it with the signature on the back of the card.'),
          t('签名栏空白或被涂改时，可请顾客出示身份证件核对。', 'If the panel is blank or altered, you may ask to see an ID.'),
        ],
      },
    ],
    questions: [
      {
        id: 'card-1',
        prompt: t('卡面上印着“08/26”，这张卡在 2026 年 9 月还能用吗？', 'A card says "08/26". Can it be used in September 2026?'),
        options: [t('能', 'Yes'), t('不能，已经过期', 'No, it has expired'), t('只能扫码', 'Only by QR')],
        answer: 1,
      },
      {
        id: 'card-2',
        prompt: t('芯片插卡读不出来，擦拭后再插还是失败，应该？', 'The chip cannot be read, and still fails after a wipe. What now?'),
        options: [t('一直重插直到成功', 'Keep inserting until it works'), t('请顾客换一张卡或改用扫码', 'Ask for another card or a QR payment'), t('用刀刮一下芯片', 'Scrape the chip with a knife')],
        answer: 1,
      },
      {
        id: 'card-3',
        prompt: t('发现卡号有涂改痕迹，应该怎么做？', 'The card number looks altered. What do you do?'),
        options: [t('照常收款', 'Take the payment as usual'), t('婉拒并联系服务商', 'Politely refuse and call the provider'), t('把卡没收并扔掉', 'Keep the card and throw it away')],
        answer: 1,
      },
      {
        id: 'card-4',
        prompt: t('需要签名的交易要核对什么？', 'What do you compare on a sale that needs a signature?'),
        options: [t('签购单签名与卡背面签名', 'The receipt signature with the one on the card'), t('顾客的手机号', "The customer's phone number"), t('不需要核对', 'Nothing')],
        answer: 0,
      },
    ],
    passMark: 3,
  },
  {
    module: TrainingModule.HANDLING_PIN_ERRORS,
    title: t('密码错误与卡被锁', 'Handling PIN errors and blocked cards'),
    summary: t('顾客密码输错、卡片被锁定时收银员该怎么说、怎么做。', 'What to say and do when a customer enters a wrong PIN or the card is blocked.'),
    minutes: 6,
    sections: [
      {
        title: t('1. 密码错误（应答码 55）', '1. Wrong PIN (response code 55)'),
        points: [
          t('屏幕提示“密码错误”时，礼貌请顾客重新输入，提醒可以慢一点。', 'When the screen says "incorrect PIN", politely ask the customer to try again, slowly.'),
          t('同一天连续输错 3 次，卡片通常会被发卡行锁定。第二次输错后建议改用其他方式支付。', "Three wrong PINs in a day usually blocks the card at the bank. After a second failure, suggest another way to pay."),
        ],
      },
      {
        title: t('2. 卡被锁定（应答码 75 或 41/43）', '2. Card blocked (response code 75, or 41/43)'),
        points: [
          t('“密码错误次数超限”说明卡已被锁，终端和收银员都无法解锁。', '"PIN tries exceeded" means the card is blocked; neither the terminal nor the cashier can unblock it.'),
          t('请顾客联系卡背面的发卡行客服电话解锁，当场可改用扫码或其他卡支付。', 'Ask the customer to call the bank number on the back of the card; meanwhile they can pay by QR or another card.'),
          t('提示“挂失卡”或“没收卡”时，不要扣留卡片，也不要与顾客争执，交还卡片并请其联系发卡行。', 'For "lost card" or "pick up card", do not keep the card or argue: hand it back and ask them to call their bank.'),
        ],
      },
      {
        title: t('3. 保护顾客', '3. Protect the customer'),
        points: [
          t('任何时候都不要问顾客密码，也不要替顾客输入。', "Never ask for a customer's PIN or type it for them."),
          t('同一张卡反复失败或顾客行为可疑时，停止交易并联系服务商。', 'If one card keeps failing or something seems wrong, stop and call the provider.'),
        ],
      },
    ],
    questions: [
      {
        id: 'pin-1',
        prompt: t('顾客第一次输错密码，收银员应该？', 'The customer enters a wrong PIN once. The cashier…'),
        options: [t('请顾客慢一点重新输入', 'asks them to try again, slowly'), t('问顾客密码并代为输入', 'asks for the PIN and types it'), t('直接拒绝收款', 'refuses the sale')],
        answer: 0,
      },
      {
        id: 'pin-2',
        prompt: t('卡片因密码错误次数超限被锁，谁可以解锁？', 'Who can unblock a card blocked after too many PIN tries?'),
        options: [t('收银员在终端上操作', 'The cashier, on the terminal'), t('服务商的装机师傅', "The provider's technician"), t('顾客联系发卡行', 'The customer, by calling their bank')],
        answer: 2,
      },
      {
        id: 'pin-3',
        prompt: t('终端提示“没收卡”，收银员应该？', 'The terminal says "pick up card". The cashier…'),
        options: [t('扣下卡片', 'keeps the card'), t('交还卡片，请顾客联系发卡行', 'hands it back and asks the customer to call their bank'), t('把卡剪断', 'cuts the card')],
        answer: 1,
      },
      {
        id: 'pin-4',
        prompt: t('顾客连续两次输错密码后，比较好的做法是？', 'After two wrong PINs, the better course is to…'),
        options: [t('建议顾客改用扫码或其他卡', 'suggest QR or another card'), t('让顾客继续试到成功', 'let them keep trying until it works'), t('帮顾客猜密码', 'help guess the PIN')],
        answer: 0,
      },
    ],
    passMark: 3,
  },
];

function contentOf(module: TrainingModule): TrainingModuleContent | undefined {
  return TRAINING_MODULES.find((content) => content.module === module);
}

/** The module without its answer key, as the API serves it. */
export function trainingModuleView(module: TrainingModule): TrainingModuleView | undefined {
  const content = contentOf(module);
  if (!content) return undefined;
  return { ...content, questions: content.questions.map(({ answer: _answer, ...question }) => question) };
}

/** Grades a quiz: one answer per question, in order. Undefined for an unknown module or the wrong number of answers. */
export function gradeQuiz(module: TrainingModule, answers: readonly number[]): (QuizResultDetails & { passed: boolean }) | undefined {
  const content = contentOf(module);
  if (!content || answers.length !== content.questions.length) return undefined;
  const wrongQuestionIds = content.questions.filter((question, index) => answers[index] !== question.answer).map((question) => question.id);
  const total = content.questions.length;
  const score = total - wrongQuestionIds.length;
  return { score, total, passMark: content.passMark, wrongQuestionIds, passed: score >= content.passMark };
}
