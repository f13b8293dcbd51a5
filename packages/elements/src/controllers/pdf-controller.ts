// "Tải PDF": the official PDF of the data, built in the browser by the PDF chunk (pdf.js and
// the Tinos fonts, loaded on first use), downloaded as <plan>-<kind>.pdf, its progress and
// outcome in the status line.

import type { DocumentKind } from '@thidua/core';
import { interpolate } from '@thidua/core/messages';
import type { ReactiveControllerHost } from 'lit';
import { ThiduaErrorEvent } from '../events/thidua-error.js';
import { downloadFile } from '../internal/download.js';
import { assetBase, type PlanChunk } from '../internal/plan-loader.js';
import type { Translation } from '../translations/index.js';

export interface PdfHost extends ReactiveControllerHost, EventTarget {
  readonly plan: string;
  readonly kind: DocumentKind;
  renderPdf(): Promise<Uint8Array>;
}

export interface PdfStatus {
  t(): Translation;
  /** Puts `text` in the status line. */
  say(text: string): void;
}

/** The PDF of `value` (valid data, or a draft to watermark). */
export async function buildPdf(chunk: PlanChunk, kind: DocumentKind, value: unknown, draft: boolean): Promise<Uint8Array> {
  const url = new URL('pdf.js', assetBase()).href;
  const mod = (await import(/* @vite-ignore */ /* webpackIgnore: true */ url)) as typeof import('../pdf/pdf-chunk.js');
  return mod.buildPdf(chunk.plan, kind, value, {
    schema: chunk.schema,
    base: assetBase(),
    ...(draft ? { draft: true } : {}),
  });
}

// It acts only when the user asks for a PDF, so it takes no part in the host's lifecycle.
export class PdfController {
  /** A PDF is being built: "Tải PDF" waits. */
  busy = false;

  constructor(private readonly _host: PdfHost, private readonly _status: PdfStatus) {}

  async download(): Promise<void> {
    const host = this._host;
    const t = this._status.t();
    this.busy = true;
    this._status.say(t.pdfWorking);
    host.requestUpdate();
    try {
      const bytes = await host.renderPdf();
      downloadFile([bytes as BlobPart], 'application/pdf', `${host.plan}-${host.kind}.pdf`);
      this._status.say(interpolate(t.pdfReady, { pages: `${Math.max(1, Math.round(bytes.length / 1024))} KB` }));
    } catch (err) {
      this._status.say(interpolate(t.pdfFailed, { message: err instanceof Error ? err.message : String(err) }));
      host.dispatchEvent(new ThiduaErrorEvent({ operation: 'pdf', error: err }));
    } finally {
      this.busy = false;
      host.requestUpdate();
    }
  }
}
