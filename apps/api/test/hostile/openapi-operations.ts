import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { ModulesContainer } from '@nestjs/core';
import type { Role } from '@pos/shared';
import { getMetadataStorage } from 'class-validator';
import { IS_PUBLIC, ROLES } from '../../src/core/auth/decorators.js';

/** The parts of an OpenAPI schema object the hostile-input tests read. */
export interface SchemaObject {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, { operationId: string; parameters?: { name: string; in: string; required?: boolean; schema?: SchemaObject }[]; requestBody?: { content: Record<string, { schema: SchemaObject }> } }>>;
  components: { schemas: Record<string, SchemaObject> };
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One operation of the API as the document describes it, joined with what the route's decorators say. */
export interface Operation {
  method: HttpMethod;
  /** The document's path template, e.g. `/api/applications/{id}`. */
  path: string;
  operationId: string;
  /** Names in the path template, in order. */
  pathParams: string[];
  /** Query parameters the document lists. */
  queryParams: { name: string; required: boolean; schema: SchemaObject }[];
  /** The JSON body schema the document gives, if any. */
  jsonBody?: SchemaObject;
  /** The route reads a multipart file (`@ApiConsumes('multipart/form-data')`). */
  multipart: boolean;
  /** Who may call it: `public`, or the roles of `@Roles` (an empty list: any signed-in user). */
  access: 'public' | Role[];
  /** Every field of the route's `@Query()` DTO class, as class-validator knows them. */
  queryDtoFields: string[];
}

// Nest's operation ids are `<Controller>_<method>`; the decorators sit on the controller class and its method.
type ControllerClass = { name: string; prototype: Record<string, unknown> };

function controllerClasses(app: NestFastifyApplication): Map<string, ControllerClass> {
  const classes = new Map<string, ControllerClass>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const metatype = wrapper.metatype as unknown as ControllerClass | undefined;
      if (metatype) classes.set(metatype.name, metatype);
    }
  }
  return classes;
}

/** The fields class-validator validates on a DTO class (its own and inherited ones). */
export function dtoFields(dto: new () => unknown): string[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  return [...new Set(metadata.map((entry) => entry.propertyName))];
}

function queryDtoOf(controller: ControllerClass, methodName: string): (new () => unknown) | undefined {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, methodName) ?? {}) as Record<string, { index: number; data?: unknown }>;
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, methodName) ?? []) as (new () => unknown)[];
  for (const [key, arg] of Object.entries(args)) {
    // A whole-object @Query() (no property name) binds the DTO class; @Query('x') binds one value.
    if (key.startsWith(`${RouteParamtypes.QUERY}:`) && arg.data === undefined) return types[arg.index];
  }
  return undefined;
}

/** Every operation of the app's own OpenAPI document, with its roles and query DTO read from the route's decorators. */
export async function loadOperations(app: NestFastifyApplication): Promise<{ document: OpenApiDocument; operations: Operation[] }> {
  const response = await app.inject({ method: 'GET', url: '/api/docs/openapi.json' });
  if (response.statusCode !== 200) throw new Error(`no OpenAPI document: ${response.statusCode}`);
  const document = response.json() as OpenApiDocument;
  const controllers = controllerClasses(app);
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const [controllerName, methodName] = operation.operationId.split('_') as [string, string];
      const controller = controllers.get(controllerName);
      const handler = controller?.prototype[methodName] as object | undefined;
      if (!controller || !handler) throw new Error(`no controller method for ${operation.operationId}`);
      const isPublic = Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, controller);
      const roles = (Reflect.getMetadata(ROLES, handler) ?? Reflect.getMetadata(ROLES, controller) ?? []) as Role[];
      const consumes = (Reflect.getMetadata('swagger/apiConsumes', handler) ?? []) as string[];
      const queryDto = queryDtoOf(controller, methodName);
      const json = operation.requestBody?.content['application/json'];
      operations.push({
        method: method.toUpperCase() as HttpMethod,
        path,
        operationId: operation.operationId,
        pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!),
        queryParams: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: p.required === true, schema: p.schema ?? {} })),
        jsonBody: json?.schema,
        multipart: consumes.includes('multipart/form-data'),
        access: isPublic ? 'public' : roles,
        queryDtoFields: queryDto ? dtoFields(queryDto) : [],
      });
    }
  }
  return { document, operations };
}

/** Follows `$ref`s into `components.schemas`. */
export function resolveSchema(document: OpenApiDocument, schema: SchemaObject | undefined): SchemaObject {
  let current = schema ?? {};
  for (let hops = 0; current.$ref && hops < 10; hops += 1) current = document.components.schemas[current.$ref.replace('#/components/schemas/', '')] ?? {};
  return current;
}
