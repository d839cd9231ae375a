/**
 * A finite state machine as a plain transition table. The web enables buttons with `can`, the API enforces
 * transitions with `next`; both read the same table, so they cannot disagree.
 */
export type TransitionTable<S extends string, E extends string> = Readonly<Record<S, Readonly<Partial<Record<E, S>>>>>;

export interface StateMachine<S extends string, E extends string> {
  readonly table: TransitionTable<S, E>;
  /** True when `event` is allowed in `status`. */
  can(status: S, event: E): boolean;
  /** The status `event` leads to from `status`, or undefined when the event is not allowed there. */
  next(status: S, event: E): S | undefined;
  /** Events allowed in `status`, in table order. */
  eventsFrom(status: S): E[];
  /** True when no event leaves `status`. */
  isFinal(status: S): boolean;
}

export function defineMachine<S extends string, E extends string>(table: TransitionTable<S, E>): StateMachine<S, E> {
  return {
    table,
    can: (status, event) => table[status]?.[event] !== undefined,
    next: (status, event) => table[status]?.[event],
    eventsFrom: (status) => Object.keys(table[status] ?? {}) as E[],
    isFinal: (status) => Object.keys(table[status] ?? {}).length === 0,
  };
}
