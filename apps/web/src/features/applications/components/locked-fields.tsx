import { createContext, useContext, type ReactNode } from 'react';
import type { WizardField } from './wizard-model';

/** The fields the merchant may change; null means all of them. */
const EditableFieldsContext = createContext<ReadonlySet<string> | null>(null);

export function EditableFieldsProvider({ fields, children }: { fields: ReadonlySet<string> | null; children: ReactNode }) {
  return <EditableFieldsContext.Provider value={fields}>{children}</EditableFieldsContext.Provider>;
}

/** `locked(field)` is true for a field the reviewer did not ask to change (while changes are requested). */
export function useLockedFields(): (field: WizardField) => boolean {
  const fields = useContext(EditableFieldsContext);
  return (field) => fields !== null && !fields.has(field);
}
