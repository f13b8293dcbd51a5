// The form's data and every change the user makes to it: typed text parsed (numbers, dates,
// times) while the raw text stays in the field until it is left, emptied optional groups
// pruned, entries added, removed, moved and switched to another type. After each change the
// data is validated again, saved as a draft and announced (thidua-change). It is also the
// model the renderers draw from (FormModel), gathering what the other controllers hold.

import type { DocumentKind, Lang, OutlineNode } from '@thidua/core';
import { interpolate } from '@thidua/core/messages';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { focusField } from '../components/form/focus-field.js';
import { entryFocusId, removalFocusId, removalMessage, schemaAt } from '../components/form/removal.js';
import type { FormModel, VisibleIssues } from '../components/form/form-model.js';
import { ThiduaNotReadyError } from '../errors/thidua-not-ready-error.js';
import { ThiduaChangeEvent, type ChangeSource } from '../events/thidua-change.js';
import { asideOf, entryOf, settleEdit, type SetAside } from '../internal/applicability.js';
import { parseDate, parseTime } from '../internal/date-format.js';
import { parseNumber } from '../internal/number-format.js';
import type { PlanChunk } from '../internal/plan-loader.js';
import {
  anchorOf, branches, childSchema, conformTo, discriminatorOf, info, isRequired, labelOf, newVariant, skeleton,
  type JsonSchema, type Widget,
} from '../internal/schema-model.js';
import { ValidationSchedule } from '../internal/validation-schedule.js';
import type { IndexedResult, ItemCount } from '../internal/validator.js';
import {
  fieldId, frozenCopy, getIn, isObject, setIn, toPointer, updateArray, type Path, type Segment,
} from '../internal/value-path.js';
import { TRANSLATIONS, type Translation } from '../translations/index.js';
import type { DrawingController } from './drawing-controller.js';
import type { DraftController } from './draft-controller.js';
import type { FormAssociationController } from './form-association-controller.js';
import type { IssueController } from './issue-controller.js';
import type { ListController } from './list-controller.js';
import type { PlanController } from './plan-controller.js';
import type { UiVersionController } from './ui-version-controller.js';
import type { UndoController } from './undo-controller.js';

export interface FormModelHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly kind: DocumentKind;
}

export interface FormModelParts {
  readonly plans: PlanController;
  readonly issues: IssueController;
  readonly lists: ListController;
  readonly drawing: DrawingController;
  readonly drafts: DraftController;
  readonly form: FormAssociationController;
  readonly ui: UiVersionController;
  readonly undo: UndoController;
  /** The form's language now. */
  lang(): Lang;
  /** The element itself is disabled. */
  disabled(): boolean;
  /** Shows the review step when the data is valid (the error summary otherwise); true when shown. */
  review(): boolean;
}

export class FormModelController implements ReactiveController, FormModel {
  /** What the form shows: its fields, or the review step. */
  mode: 'edit' | 'review' = 'edit';
  /** What the polite status line says. */
  status = '';
  private readonly _host: FormModelHost;
  private readonly _p: FormModelParts;
  private _value: unknown;
  private _pending: unknown;
  private _hasPending = false;
  /** What a reset or "Bắt đầu lại" returns to: the value the host set, or the empty form. */
  private _initial: unknown;
  private readonly _typed = new Map<string, string>();
  private _focusAfter: string | undefined;
  /** The field a "Sửa" of the review step led to: it offers the way back. */
  private _returnTo: Path | undefined;
  private _returnPtr: string | undefined;
  private readonly _schedule = new ValidationSchedule(() => this.settle(), () => this._host.requestUpdate());

  constructor(host: FormModelHost, parts: FormModelParts) {
    this._host = host;
    this._p = parts;
    host.addController(this);
  }

  // ---- What the renderers read ----

  get language(): Lang {
    return this._p.lang();
  }

  get t(): Translation {
    return TRANSLATIONS[this._p.lang()];
  }

  /** The loaded plan chunk; throws before it has loaded. */
  get chunk(): PlanChunk {
    const chunk = this._p.plans.chunk;
    if (!chunk) throw new ThiduaNotReadyError();
    return chunk;
  }

  get kind(): DocumentKind {
    return this._host.kind;
  }

  /** The data the form holds now. */
  get value(): unknown {
    return this._value;
  }

  get controlsDisabled(): boolean {
    return this._p.disabled() || this._p.form.formDisabled;
  }

  get uiVersion(): number {
    return this._p.ui.version;
  }

  partSignature(key: string): string {
    return this._p.plans.result?.partSignature.get(key) ?? '';
  }

  itemSignature(pointer: string): string {
    return this._p.plans.result?.itemSignature.get(pointer) ?? '';
  }

  get outline(): readonly OutlineNode[] {
    return this._p.plans.outline;
  }

  visible(pointer: string): VisibleIssues {
    return this._p.issues.visible(pointer);
  }

  itemIssues(pointer: string): ItemCount | undefined {
    return this._p.issues.itemIssues(pointer);
  }

  keysOf(pointer: string, length: number): readonly number[] {
    return this._p.lists.keysOf(pointer, length);
  }

  isExpanded(key: number): boolean {
    return this._p.lists.isExpanded(key);
  }

  get drawVersion(): number {
    return this._p.drawing.version;
  }

  isWaiting(key: number): boolean {
    return this._p.drawing.cards.isWaiting(key);
  }

  cardWatcher(key: number): (el: Element | undefined) => void {
    return this._p.drawing.cards.watcher(key);
  }

  drawnCardWatcher(key: number): (el: Element | undefined) => void {
    return this._p.drawing.cards.drawnWatcher(key);
  }

  waitingHeight(card: number | string): number | undefined {
    return typeof card === 'number' ? this._p.drawing.cards.heightOf(card) : this._p.drawing.parts.heightOf(card);
  }

  isPartWaiting(name: string): boolean {
    return this._p.drawing.parts.isWaiting(name);
  }

  partWatcher(name: string): (el: Element | undefined) => void {
    return this._p.drawing.parts.isWaiting(name) ? this._p.drawing.parts.watcher(name) : this._p.drawing.parts.drawnWatcher(name);
  }

  typed(pointer: string): string | undefined {
    return this._typed.get(pointer);
  }

  // ---- The data as the host sees it ----

  /** What the element's `value` reads: the data, or what the host set before the plan loaded. */
  get hostValue(): unknown {
    return this._p.plans.chunk ? this._value : this._pending;
  }

  /** The host set the data: the whole form state starts over from it. */
  setHostValue(v: unknown): void {
    if (!this._p.plans.chunk) {
      this._pending = v;
      this._hasPending = true;
      return;
    }
    const next = this._fromOutside(v);
    this._initial = next;
    this._p.drafts.replaced();
    this.replace(next);
  }

  /** The plan's chunk has loaded: the data the host set (or the empty form), then the draft, if any. True when a draft came back. */
  open(chunk: PlanChunk): boolean {
    const base = this._hasPending ? this._fromOutside(this._pending) : this._empty();
    this._pending = undefined;
    this._hasPending = false;
    this._initial = base;
    this.replace(base);
    const draft = this._p.drafts.restore(chunk.plan.version);
    if (draft) this.replace(this._fromOutside(draft));
    return Boolean(draft);
  }

  /** The host form restores its state (the browser's back/forward navigation, autofill): our JSON, if it is. */
  restoreState(state: unknown): void {
    if (typeof state !== 'string') return;
    try {
      this.setHostValue(JSON.parse(state));
    } catch {
      /* not ours */
    }
  }

  /** Tells the host the data changed (thidua-change). */
  announce(source: ChangeSource): void {
    this._host.dispatchEvent(new ThiduaChangeEvent({ value: this._value, source }));
  }

  /** Puts data from outside the user's typing in (a draft): the form state starts over. */
  load(v: unknown): void {
    this.replace(this._fromOutside(v));
  }

  /** Back to what the host set, or the empty form (a reset, "Bắt đầu lại"). */
  restart(): void {
    this.replace(this._initial ?? this._empty());
  }

  /** Replaces the whole state (host set, draft, reset): the UI state starts over. */
  replace(next: unknown): void {
    const { issues, lists, ui } = this._p;
    this._value = next;
    issues.reset();
    this._typed.clear();
    lists.reset();
    this._p.undo.dismiss();
    this._setReturn(undefined);
    this._p.drawing.reset();
    this.mode = 'edit';
    ui.changed();
    this.status = '';
    // A new dossier is drawn first and validated right after the frame that shows it: nothing
    // is shown as wrong before it was touched or submitted, so that frame looks the same.
    if (this._p.plans.chunk) {
      this._p.plans.forget();
      this._p.form.syncValue();
      this._schedule.afterFrame();
    } else this.revalidate();
    this._host.requestUpdate();
  }

  /** The validation of the data now (validated again if the language changed). */
  validation(): IndexedResult {
    void this.chunk; // throws before the plan has loaded
    this.settle();
    if (!this._p.plans.isCurrent(this._p.lang())) this.revalidate();
    return this._p.plans.result!;
  }

  /** The validation of the data now, none before the plan has loaded. */
  settledResult(): IndexedResult | undefined {
    this.settle();
    return this._p.plans.result;
  }

  revalidate(): void {
    if (!this._p.plans.chunk) return;
    this._schedule.done();
    this._p.plans.validate(this._value, this._p.lang());
    this._p.form.syncValue();
  }

  /** Typing was not validated yet: the issues shown are those of the text before the last keys. */
  get settling(): boolean {
    return this._schedule.stale;
  }

  /** Resolves once what was typed is validated (at once when it is). */
  get settled(): Promise<void> {
    return this._schedule.settled;
  }

  /** Validates now what typing left pending; true when there was some. */
  settle(): boolean {
    if (!this._schedule.stale) return false;
    this.revalidate();
    this._host.requestUpdate();
    return true;
  }

  /** The review step, its title focused; the error summary closes. */
  showReview(): void {
    this.mode = 'review';
    this._setReturn(undefined);
    this._p.ui.changed();
    this._p.issues.closeSummary();
    this._focusAfter = 'review-title';
    this._host.requestUpdate();
  }

  /** Back from the review to the fields. */
  showFields(): void {
    this.mode = 'edit';
    this._p.ui.changed();
    this._host.requestUpdate();
  }

  /** Focus goes to the element with this id after the next update. */
  focusAfter(id: string): void {
    this._focusAfter = id;
  }

  hostUpdated(): void {
    const id = this._focusAfter;
    if (!id) return;
    this._focusAfter = undefined;
    const el = (this._host.renderRoot as ShadowRoot).getElementById(id);
    if (el instanceof HTMLElement) {
      if (el.tabIndex < 0) el.tabIndex = -1; // a heading (a list's, after its first entry was removed)
      if (el.matches(':disabled')) (el.parentElement?.querySelector<HTMLElement>('button:not(:disabled)') ?? el).focus();
      else el.focus();
    }
  }

  // ---- What the controls call ----

  onInput(path: Path, widget: Widget, text: string, inList: boolean): void {
    const ptr = toPointer(path);
    let v: unknown;
    const blank = text.trim() === '';
    switch (widget) {
      case 'number': case 'percent': case 'money': case 'year': {
        this._typed.set(ptr, text);
        const n = parseNumber(text, this._p.lang());
        v = n === undefined ? undefined : Number.isNaN(n) ? text : n;
        break;
      }
      case 'date':
        this._typed.set(ptr, text);
        v = blank ? undefined : parseDate(text) ?? text;
        break;
      case 'time':
        this._typed.set(ptr, text);
        v = blank ? undefined : parseTime(text) ?? text;
        break;
      default:
        v = text === '' && !inList ? undefined : text;
    }
    this._edit(setIn(this._value, path, v), path, true);
  }

  onBlur(path: Path): void {
    // Leaving a field earns its errors: they show now, not once the typing pause is over.
    this.settle();
    const hadTyped = this._typed.delete(toPointer(path));
    if (hadTyped) this._p.ui.changed();
    if (this._p.issues.touch(path) || hadTyped) this._host.requestUpdate();
  }

  onChoose(path: Path, value: unknown): void {
    this._p.issues.touch(path);
    this._edit(setIn(this._value, path, value), path);
  }

  onCheck(path: Path, schema: JsonSchema, option: string, checked: boolean): void {
    const cur = getIn(this._value, path);
    const chosen = new Set(Array.isArray(cur) ? cur : []);
    if (checked) chosen.add(option);
    else chosen.delete(option);
    // Keep the plan's order of options.
    const order = ((schema['items'] as JsonSchema)['enum'] as string[]) ?? [];
    const next = [...chosen].sort((a, b) => order.indexOf(a as string) - order.indexOf(b as string));
    this._p.issues.touch(path);
    this._edit(setIn(this._value, path, Object.freeze(next)), path);
  }

  addItem(path: Path, schema: JsonSchema): void {
    const it = schema['items'] as JsonSchema;
    const w = info(schema).widget;
    const arr = getIn(this._value, path);
    const n = Array.isArray(arr) ? arr.length : 0;
    let item: unknown;
    if (w === 'cards') {
      const branch = branches(it)[0];
      const first = (branch?.['properties'] as Record<string, JsonSchema> | undefined)?.[discriminatorOf(it)]?.['const'];
      item = withNewId(newVariant(it, String(first ?? '')), Array.isArray(arr) ? arr : [], branch);
    } else item = w === 'list' ? '' : skeleton(it);
    this._p.lists.added(toPointer(path), n, w === 'cards');
    this._p.issues.touch(path);
    this._p.issues.added(toPointer([...path, n]));
    const ip = [...path, n];
    this._focusAfter = w === 'cards' ? fieldId([...ip, discriminatorOf(it)]) : w === 'list' ? fieldId(ip) : firstFieldId(ip, it);
    this._edit(updateArray(this._value, path, (a) => [...a, item]), path);
  }

  removeItem(path: Path, index: number): void {
    const ptr = toPointer(path);
    const arr = getIn(this._value, path);
    const n = Array.isArray(arr) ? arr.length : 0;
    const item: unknown = Array.isArray(arr) ? arr[index] : undefined;
    const key = this.keysOf(ptr, n)[index];
    const wasOpen = key !== undefined && this._p.lists.isExpanded(key);
    const list = schemaAt(this.chunk.schema, this._value, path);
    this._p.lists.removed(ptr, n, index);
    this._remap(ptr, (i) => (i === index ? undefined : i > index ? i - 1 : i));
    this._p.issues.touch(path);
    this._focusAfter = removalFocusId(list, path, index);
    this._edit(updateArray(this._value, path, (a) => a.filter((_, i) => i !== index)), path);
    // "Hoàn tác" puts the very same entry back at its place.
    this._p.undo.offer(removalMessage(list, item, index, this.t, this.language), () => {
      this._p.lists.inserted(ptr, n - 1, index, wasOpen);
      this._remap(ptr, (i) => (i >= index ? i + 1 : i));
      this._focusAfter = entryFocusId(list, path, index);
      this._edit(updateArray(this._value, path, (a) => {
        a.splice(index, 0, item);
        return a;
      }), path);
    });
  }

  moveItem(path: Path, index: number, delta: -1 | 1): void {
    const ptr = toPointer(path);
    const arr = getIn(this._value, path);
    const n = Array.isArray(arr) ? arr.length : 0;
    const to = index + delta;
    if (to < 0 || to >= n) return;
    this._p.lists.swapped(ptr, n, index, to);
    this._remap(ptr, (i) => (i === index ? to : i === to ? index : i));
    const edge = to === 0 || to === n - 1;
    this._focusAfter = `${fieldId([...path, to])}-${edge ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down'}`;
    this._edit(updateArray(this._value, path, (a) => {
      [a[index], a[to]] = [a[to], a[index]];
      return a;
    }), path);
  }

  toggleItem(_path: Path, key: number): void {
    this._p.drawing.cards.drawNow(key);
    this._p.lists.toggle(key);
  }

  setExpanded(path: Path, expanded: boolean): void {
    const arr = getIn(this._value, path);
    const ptr = toPointer(path);
    const n = Array.isArray(arr) ? arr.length : 0;
    // Opened all at once, the cards draw as they come near the view.
    if (expanded) this._p.drawing.cards.defer(this.keysOf(ptr, n).filter((k) => !this.isExpanded(k)));
    this._p.lists.setAll(ptr, n, expanded);
  }

  switchVariant(path: Path, union: JsonSchema, tag: string): void {
    const cur = getIn(this._value, path);
    const item = isObject(cur) ? cur : {};
    const tagKey = discriminatorOf(union);
    const parent = path.slice(0, -1);
    const arr = getIn(this._value, parent);
    const key = this.keysOf(toPointer(parent), Array.isArray(arr) ? arr.length : 0)[path[path.length - 1] as number];
    // What the entry held under its old type comes back if the user switches back.
    const stash = this._p.lists.stashOf(key);
    if (typeof item[tagKey] === 'string') stash[item[tagKey] as string] = item;
    const branch = branches(union).find((b) => (b['properties'] as Record<string, JsonSchema>)[tagKey]?.['const'] === tag);
    if (!branch) return;
    const next = conformTo({ ...item, [tagKey]: tag }, branch, stash[tag]);
    next[tagKey] = tag;
    this._p.issues.touch([...path, tagKey]);
    this._edit(setIn(this._value, path, Object.freeze(next)), path);
  }

  editAt(path: Path): void {
    this._setReturn(path);
    this.mode = 'edit';
    this._p.ui.changed();
    void this.focusPath(path);
  }

  /** Opens what hides the field at `path` (a closed nominee card, a waiting group), scrolls its label into view, focuses it. */
  async focusPath(path: Path): Promise<void> {
    const chunk = this.chunk;
    const cards: Segment[][] = [];
    const anchor = anchorOf(chunk.schema, this._value, path, (item) => cards.push(item));
    for (const item of cards) {
      const arrPath = item.slice(0, -1);
      const arr = getIn(this._value, arrPath);
      const key = this.keysOf(toPointer(arrPath), Array.isArray(arr) ? arr.length : 0)[item[item.length - 1] as number];
      if (key !== undefined) {
        this._p.lists.expand(key);
        this._p.drawing.cards.drawNow(key);
      }
    }
    // A top-level group scrolled far away waits without its fields: it draws first.
    if (typeof path[0] === 'string') this._p.drawing.parts.drawNow(path[0]);
    this._host.requestUpdate();
    await this._host.updateComplete;
    focusField(this._host.renderRoot as ShadowRoot, anchor);
  }

  /** The pointer of the field a "Sửa" led to, while the way back to the review is offered. */
  get returnTo(): string | undefined {
    return this._returnPtr;
  }

  /** Back to the review from the field a "Sửa" led to, focus on that answer's "Sửa". */
  backToReview(): void {
    const p = this._returnTo;
    if (!this._p.review() || !p) return;
    this._focusAfter = `${fieldId(p)}-review`;
  }

  // ---- Inside ----

  private _setReturn(path: Path | undefined): void {
    this._returnTo = path;
    this._returnPtr = path && toPointer(path);
  }

  private _empty(): unknown {
    return frozenCopy(skeleton(this.chunk.schema));
  }

  private _fromOutside(v: unknown): unknown {
    if (v === undefined || v === null) return this._empty();
    return frozenCopy(v);
  }

  /**
   * A change by the user: prune emptied optional groups, validate, autosave, tell the host.
   * A keystroke is validated after the frame that shows it, or once typing pauses when the
   * field shows no issues yet (ValidationSchedule): the typed letter never waits for it.
   */
  private _edit(next: unknown, path: Path, typing = false): void {
    // What stopped applying after the edit is set aside with its list entry, and said so.
    const settled = settleEdit(this.chunk.schema, this._prune(next, path), path, (at) => this._asideOf(at));
    this._value = settled.value;
    this.status = settled.hidden.length ? interpolate(this.t.setAside, { fields: settled.hidden.map((s) => `«${labelOf(s, this.language)}»`).join(', ') }) : '';
    // Typed text is already on screen in its control: drawing what follows from it (the counter,
    // titles, issues) waits until after the browser painted the keystroke.
    if (typing && this._p.plans.chunk) {
      // The host form's FormData must carry the new text even before it is validated.
      this._p.form.syncValue();
      if (this._p.issues.shows(toPointer(path))) this._schedule.afterFrame();
      else this._schedule.afterPause();
    } else {
      this.revalidate();
      this._host.requestUpdate();
    }
    this._p.drafts.edited(this._value);
    this.announce('user');
  }

  private _asideOf(objectPath: Path): SetAside {
    const entry = entryOf(objectPath);
    if (!entry) return asideOf(undefined, objectPath, []);
    const list = entry.slice(0, -1);
    const arr = getIn(this._value, list);
    const key = this.keysOf(toPointer(list), Array.isArray(arr) ? arr.length : 0)[entry[entry.length - 1] as number];
    return asideOf(key === undefined ? undefined : this._p.lists.stashOf(key), objectPath, entry);
  }

  /** Optional groups the user emptied disappear from the data rather than staying `{}`. */
  private _prune(root: unknown, path: Path): unknown {
    const schema = this.chunk.schema;
    for (let n = path.length; n > 0; n--) {
      const p = path.slice(0, n);
      const v = getIn(root, p);
      if (!(isObject(v) && Object.keys(v).length === 0)) continue;
      const parentPath = p.slice(0, -1);
      const parent = getIn(root, parentPath);
      const key = p[p.length - 1]!;
      if (typeof key === 'number' || !isObject(parent)) break;
      let ps: JsonSchema | undefined = schema;
      let pv: unknown = root;
      for (const seg of parentPath) {
        ps = ps && childSchema(ps, seg, pv);
        pv = isObject(pv) || Array.isArray(pv) ? (pv as Record<string, unknown>)[seg as string] : undefined;
      }
      if (!ps || isRequired(ps, key, parent)) break;
      root = setIn(root, p, undefined);
    }
    return root;
  }

  /** After entries of the list at `ptr` moved, carries touched marks along; typed text goes. */
  private _remap(ptr: string, to: (index: number) => number | undefined): void {
    this._p.issues.remap(ptr, to);
    this._typed.clear();
    this._p.ui.changed();
    this._p.lists.forgetInside(ptr);
  }
}

/** A new entry gets the first free key "n1", "n2"… when its branch has an `id` field. */
function withNewId(item: Record<string, unknown>, siblings: readonly unknown[], branch: JsonSchema | undefined): Record<string, unknown> {
  if (!(branch?.['properties'] as Record<string, unknown> | undefined)?.['id']) return item;
  const used = new Set(siblings.map((s) => (isObject(s) ? s['id'] : undefined)));
  let n = siblings.length + 1;
  while (used.has(`n${n}`)) n++;
  return { ...item, id: `n${n}` };
}

function firstFieldId(path: Path, s: JsonSchema): string {
  const k = info(s).keys[0];
  return k === undefined ? fieldId(path) : fieldId([...path, k]);
}
