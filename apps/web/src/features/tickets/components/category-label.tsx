import { FaultCategory, type TicketPriority } from '@pos/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Every fault category in the order the merchant is offered them. */
export const FAULT_CATEGORIES: readonly FaultCategory[] = Object.values(FaultCategory);

/** A fault category in the reader's language, as text ("密码错误"). */
export function useCategoryLabel(): (category: FaultCategory) => string {
  const { t } = useTranslation();
  return (category) => t(`tickets.category.${category}`);
}

/** A fault category in the reader's language, as plain inline text. */
export function CategoryLabel({ category }: { category: FaultCategory }) {
  const { t } = useTranslation();
  return <span data-category={category}>{t(`tickets.category.${category}`)}</span>;
}

const PRIORITY_COLOR: Record<TicketPriority, string> = { LOW: 'default', NORMAL: 'blue', HIGH: 'orange', URGENT: 'red' };

/** A ticket's priority as a tag, in the reader's language. */
export function TicketPriorityTag({ priority, testId = 'ticket-priority' }: { priority: TicketPriority; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={PRIORITY_COLOR[priority]} data-testid={testId} data-priority={priority}>
      {t(`tickets.priority.${priority}`)}
    </Tag>
  );
}
