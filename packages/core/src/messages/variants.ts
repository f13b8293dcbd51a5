import type { ErrorCode } from '../validation/error-codes.js';

/**
 * Wordings of one code for one case. The code stays the contract a portal branches on; the
 * wording tells the officer what to do in that case (a list is added to, a choice is chosen,
 * a date is typed as a real day).
 */
export const MESSAGE_VARIANTS = ['required.choice', 'required.group', 'type.number', 'type.integer', 'format.date'] as const;

export type MessageVariant = (typeof MESSAGE_VARIANTS)[number];

/** What a catalogue is keyed by: every error code, and the variants of some. */
export type MessageKey = ErrorCode | MessageVariant;
