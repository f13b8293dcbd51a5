// Each plan's definition (`plans/<plan-id>/plan.js`) and each kind's JSON Schema with its
// precompiled validator (`plans/<plan-id>/<kind>.js`) are lazily loaded chunks beside the
// element's module: a page for one plan downloads only that plan. No eval anywhere: the
// validators are ajv standalone code.

import { isDocumentKind, type DocumentKind, type PlanDefinition } from '@thidua/core';
import type { CompiledCheck } from '@thidua/validate/engine';
import type { JsonSchema } from './schema-model.js';
import { ThiduaAttributeError } from '../errors/thidua-attribute-error.js';
import { ThiduaPlanChunkError } from '../errors/thidua-plan-chunk-error.js';
import { ThiduaRuntimeError } from '../errors/thidua-runtime-error.js';
import { installRuntimeParts, type RuntimeParts } from './runtime-parts.js';

export interface PlanChunk {
  plan: PlanDefinition;
  schema: JsonSchema;
  validate: CompiledCheck;
}

/** Set by the build for the single-file bundle (chunks sit beside it); unset in the module build (dist/internal/). */
declare const THIDUA_BUNDLED: boolean | undefined;

let base: URL | undefined;

/**
 * Where the chunks (`plans/`, `pdf.js`, `fonts/`) are served from. By default the folder of
 * the element's own module; set it when a bundler moves the element away from them.
 */
export function setAssetBase(url: string | URL): void {
  base = new URL(String(url), document.baseURI);
  if (!base.pathname.endsWith('/')) base = new URL(base.pathname + '/' + base.search, base);
}

export function assetBase(): URL {
  if (base) return base;
  const rel = typeof THIDUA_BUNDLED !== 'undefined' && THIDUA_BUNDLED ? './' : '../';
  return new URL(rel, import.meta.url);
}

export const PLAN_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;

const cache = new Map<string, Promise<PlanChunk>>();

export function chunkUrl(planId: string, kind: DocumentKind): URL {
  return new URL(`plans/${planId}/${kind}.js`, assetBase());
}

/** The plan chunk; cached, so many forms of one plan on a page share it. */
export function loadPlanChunk(planId: string, kind: DocumentKind): Promise<PlanChunk> {
  if (!PLAN_ID.test(planId)) return Promise.reject(new ThiduaAttributeError('plan', planId));
  if (!isDocumentKind(kind)) return Promise.reject(new ThiduaAttributeError('kind', String(kind)));
  const url = chunkUrl(planId, kind).href;
  let p = cache.get(url);
  if (!p) {
    // The kind's chunk imports its plan's chunk (`./plan.js`, shared by both kinds) and the
    // validators' runtime (`../runtime.js`); the engine's plan rules are in `plans/rules.js`.
    // Asking for all four at once spares the round trips the browser would otherwise wait
    // before discovering them.
    const also = [`plans/${planId}/plan.js`, 'plans/runtime.js', 'plans/rules.js'].map((f) => new URL(f, assetBase()).href);
    p = Promise.all([
      import(/* @vite-ignore */ /* webpackIgnore: true */ url),
      ...also.map((u) => import(/* @vite-ignore */ /* webpackIgnore: true */ u)),
    ]).then(([chunk, , runtime, rules]) => {
      if (!installRuntimeParts({ ...(runtime as object), ...(rules as object) } as Partial<RuntimeParts>)) throw new ThiduaRuntimeError();
      const m = chunk as Partial<PlanChunk>;
      if (!m.plan || !m.schema || typeof m.validate !== 'function') throw new ThiduaPlanChunkError(url);
      return { plan: m.plan, schema: m.schema, validate: m.validate };
    });
    p.catch(() => cache.delete(url));
    cache.set(url, p);
  }
  return p;
}
