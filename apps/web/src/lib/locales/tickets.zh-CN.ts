/**
 * zh-CN strings for fault troubleshooting and tickets (the merchant's side, and the labels both sides share).
 * Spread into `zhCN`, so the keys live under `tickets.*` and are typed like every other string.
 */
export const ticketsZhCN = {
  tickets: {
    status: {
      OPEN: '待处理',
      IN_PROGRESS: '处理中',
      WAITING_ON_MERCHANT: '待您回复',
      WAITING_ON_THIRD_PARTY: '等待第三方（如发卡行）',
      RESOLVED: '已解决',
      REOPENED: '已重新打开',
      CLOSED: '已关闭',
    },
    category: {
      PIN_ERROR: '密码错误',
      CARD_BLOCKED: '用卡受阻',
      CARD_DAMAGED: '卡片损坏',
      CARD_EXPIRED: '过期卡片',
      SYSTEM_FAULT: '刷卡器或系统故障',
      NETWORK: '网络',
      PRINTER: '打印机',
      OTHER: '其他',
    },
    priority: {
      LOW: '低',
      NORMAL: '普通',
      HIGH: '高',
      URGENT: '紧急',
    },
    actor: {
      CASHIER: '收银员',
      CARDHOLDER: '持卡人',
      PROVIDER: '服务商',
    },
  },
};
