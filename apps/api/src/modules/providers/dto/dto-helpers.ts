/** Leading and trailing spaces are never meant, and would make "东方银行 " a different name from "东方银行". */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A property that may be null but must be present: validate it unless it is exactly null. */
export const unlessNull = (_object: object, value: unknown) => value !== null;

/** Largest fee or price a provider may set, in fen (¥1,000,000): far above any real POS fee, well inside a PostgreSQL int. */
export const MAX_PRICE_FEN = 100_000_000;
