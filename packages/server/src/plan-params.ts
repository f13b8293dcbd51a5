import { isDocumentKind } from '@thidua/core';
import { hasPlan } from '@thidua/plans';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { unknownKind, unknownPlan } from './errors.js';

/** `:plan/:kind` of the schema and submission routes. */
export const PlanKindParams = Type.Object({
  plan: Type.String({ description: 'Mã kế hoạch / plan id, e.g. lam-dong-2022-2025' }),
  kind: Type.String({ description: 'Loại hồ sơ / document kind: report | nomination' }),
});

/**
 * onRequest hook: an unknown plan or kind is a 404 that lists what exists, answered before
 * any body is read.
 */
export function requirePlanKind(req: FastifyRequest, _reply: FastifyReply, done: (err?: Error) => void): void {
  const { plan, kind } = req.params as { plan?: string; kind?: string };
  if (typeof plan !== 'string' || !hasPlan(plan)) return done(unknownPlan(String(plan ?? '')));
  if (typeof kind !== 'string' || !isDocumentKind(kind)) return done(unknownKind(String(kind ?? '')));
  done();
}
