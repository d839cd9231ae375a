import { FaultCategory } from '@pos/shared';
import { Button, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';

const CATEGORIES: readonly FaultCategory[] = Object.values(FaultCategory);

interface CategoryPickerProps {
  value?: FaultCategory;
  onChange?: (category: FaultCategory) => void;
  id?: string;
}

/** The fault categories as big buttons, two to a row on a phone: a cashier taps one with a customer waiting. */
export function CategoryPicker({ value, onChange, id }: CategoryPickerProps) {
  const { t } = useTranslation();
  return (
    <Row gutter={[8, 8]} id={id} role="group">
      {CATEGORIES.map((category) => (
        <Col key={category} xs={12} sm={8} md={6}>
          <Button
            block
            size="large"
            type={value === category ? 'primary' : 'default'}
            aria-pressed={value === category}
            onClick={() => onChange?.(category)}
            data-testid={`ts-category-${category}`}
            style={{ height: 'auto', minHeight: 56, whiteSpace: 'normal', lineHeight: 1.3, paddingBlock: 8 }}
          >
            {t(`tickets.category.${category}`)}
          </Button>
        </Col>
      ))}
    </Row>
  );
}
