import { MAX_COMPARED_PROVIDERS } from '@pos/shared';
import { useCallback, useMemo, useState } from 'react';

/** The providers ticked for comparison, in the order they were ticked; never more than MAX_COMPARED_PROVIDERS. */
export function useCompareSelection(max: number = MAX_COMPARED_PROVIDERS) {
  const [selected, setSelected] = useState<string[]>([]);
  const toggle = useCallback(
    (id: string, checked: boolean) =>
      setSelected((current) => {
        if (!checked) return current.filter((item) => item !== id);
        if (current.includes(id) || current.length >= max) return current;
        return [...current, id];
      }),
    [max],
  );
  const clear = useCallback(() => setSelected([]), []);
  return useMemo(() => ({ selected, toggle, clear, max, isFull: selected.length >= max }), [selected, toggle, clear, max]);
}
