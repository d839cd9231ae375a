import type { FieldError } from '@pos/shared';
import type { FastifyInstance } from 'fastify';
import { DomainError } from '../errors/domain-error.js';

type InputProblem = Omit<FieldError, 'message'>;

/** Far deeper than any request body of this API (the troubleshooting tree is the deepest, at four levels). */
export const MAX_INPUT_DEPTH = 16;

/** U+0000, and UTF-16 surrogates that are not part of a pair: PostgreSQL cannot store them and no person types them. */
// eslint-disable-next-line no-control-regex
const UNREADABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Keys that name JavaScript's object machinery rather than data. No DTO has such a field, and a nested object holding
 * one (`{"password":{"constructor":[1]}}`) makes class-transformer throw instead of report; refused as unknown fields.
 */
const MACHINERY_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The problems of a parsed request body, query or parameter set that no DTO should ever see: strings (values or keys)
 * PostgreSQL and the libraries downstream cannot handle, and nesting deep enough to exhaust a recursive validator.
 * Fields are named by their path (`loginName`, `volumes[0].channel`); a problem without one (a bad key at the top, an
 * empty key) is named after where it came from (`body`, `query`, `path`). Walks iteratively, so the check itself cannot
 * overflow the stack. Stops at the first few problems.
 */
export function unreadableInput(input: unknown, source: 'body' | 'query' | 'path'): InputProblem[] {
  const problems: InputProblem[] = [];
  const named = (path: string) => ({ field: path || source });
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: input, path: '', depth: 0 }];
  while (stack.length > 0 && problems.length < 5) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (UNREADABLE.test(value)) problems.push({ ...named(path), code: 'invalidCharacters' });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) {
      problems.push({ ...named(path), code: 'tooDeep' });
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      const childPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      if (UNREADABLE.test(key)) problems.push({ ...named(path), code: 'invalidCharacters' });
      else if (MACHINERY_KEYS.has(key)) problems.push({ field: childPath, code: 'whitelistValidation' });
      else stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return problems;
}

/**
 * One check for every route, before authentication and validation: a JSON body must be an object (not `null`, a bare
 * string or number, or a list), and no body, query or path value may hold unreadable characters, keys such as
 * `constructor`, or absurd nesting.
 * Each problem is a 400 with the field named, instead of a 500 from somewhere deep in a library.
 */
export function guardInput(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request) => {
    const body: unknown = request.body;
    const problems: InputProblem[] = [];
    if (body !== undefined && request.headers['content-type']?.toLowerCase().includes('json')) {
      if (body === null) problems.push({ field: 'body', code: 'bodyRequired' });
      else if (typeof body !== 'object' || Array.isArray(body)) problems.push({ field: 'body', code: 'isObject' });
    }
    if (problems.length === 0 && body && typeof body === 'object') problems.push(...unreadableInput(body, 'body'));
    problems.push(...unreadableInput(request.query, 'query'), ...unreadableInput(request.params, 'path'));
    if (problems.length > 0) throw DomainError.invalidFields(problems);
  });
}
