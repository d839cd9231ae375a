import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * An http or https URL as the WHATWG URL standard reads it: the parser `new URL()`, fetch and Node's http client
 * use. class-validator's `@IsUrl` has its own grammar and accepts URLs that parser refuses (`https://[::1`, ports above
 * 65535, some percent-escapes in the host), which then failed as 500s where the URL was used.
 */
export function isWebUrl(value: unknown): boolean {
  if (typeof value !== 'string' || !URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
}

/** The one validator for URLs the API will call (webhook endpoints): `isUrl` when `new URL()` would not accept it. */
export const IsWebUrl = (options?: ValidationOptions) => (target: object, propertyName: string) =>
  registerDecorator({
    name: 'isUrl',
    target: target.constructor,
    propertyName,
    options: { message: 'isUrl', ...options },
    validator: { validate: isWebUrl },
  });
