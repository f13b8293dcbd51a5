// What the renderers (fields, review) draw from: the data, the issues to show, the state of
// the lists, the language, and the actions the controls call. An interface, so that the
// templates depend on what they read and call, not on the element that holds it.

import type { DocumentKind, Lang, OutlineNode } from '@thidua/core';
import type { VisibleIssues } from '../../controllers/issue-controller.js';
import type { PlanChunk } from '../../internal/plan-loader.js';
import type { JsonSchema, Widget } from '../../internal/schema-model.js';
import type { ItemCount } from '../../internal/validator.js';
import type { Path } from '../../internal/value-path.js';
import type { Translation } from '../../translations/index.js';

export type { VisibleIssues };

export interface FormModel {
  readonly language: Lang;
  readonly t: Translation;
  readonly chunk: PlanChunk;
  readonly kind: DocumentKind;
  readonly value: unknown;
  /** Controls are disabled (the element or its host fieldset/form is disabled). */
  readonly controlsDisabled: boolean;
  /** Changes whenever UI state changes (touched fields, typed text, open cards, a submit attempt). */
  readonly uiVersion: number;
  /** Changes when the issues inside a top-level part change. */
  partSignature(key: string): string;
  /** Changes when the issues inside a collapsible entry (a nominee) change. */
  itemSignature(pointer: string): string;
  /** The plan's outline, for the numbered sections of a report. */
  readonly outline: readonly OutlineNode[];

  /** Issues shown at a control or group now: after it was touched, or after a submit attempt. */
  visible(pointer: string): VisibleIssues;
  /** Issue counts inside a collapsible entry, once it was touched or after a submit attempt. */
  itemIssues(pointer: string): ItemCount | undefined;
  /** Stable keys of the entries of the list at `pointer`. */
  keysOf(pointer: string, length: number): readonly number[];
  isExpanded(key: number): boolean;
  /** Changes when open cards or top-level groups are to draw their fields, or to wait. */
  readonly drawVersion: number;
  /** The card is open but waits to draw its fields until it comes near the view. */
  isWaiting(key: number): boolean;
  /** For Lit's `ref` on a waiting card's placeholder. */
  cardWatcher(key: number): (el: Element | undefined) => void;
  /** For Lit's `ref` on an open card's drawn fields. */
  drawnCardWatcher(key: number): (el: Element | undefined) => void;
  /** A card (by key) or top-level group (by name) waiting again: the height it had drawn. */
  waitingHeight(card: number | string): number | undefined;
  /** The top-level group is scrolled far from the view and waits without its fields. */
  isPartWaiting(name: string): boolean;
  /** For Lit's `ref` on a top-level group, drawn or waiting. */
  partWatcher(name: string): (el: Element | undefined) => void;
  /** Text being typed into a number or date field, before it is formatted on blur. */
  typed(pointer: string): string | undefined;

  onInput(path: Path, widget: Widget, text: string, inList: boolean): void;
  onBlur(path: Path): void;
  onChoose(path: Path, value: unknown): void;
  onCheck(path: Path, schema: JsonSchema, option: string, checked: boolean): void;
  addItem(path: Path, schema: JsonSchema): void;
  removeItem(path: Path, index: number): void;
  moveItem(path: Path, index: number, delta: -1 | 1): void;
  toggleItem(path: Path, key: number): void;
  setExpanded(path: Path, expanded: boolean): void;
  switchVariant(path: Path, union: JsonSchema, tag: string): void;
  /** Review: go back to the form at this field. */
  editAt(path: Path): void;
  /** Pointer of the field a review's "Sửa" led to, while the way back is offered. */
  readonly returnTo: string | undefined;
  /** Back to the review from that field. */
  backToReview(): void;
}
