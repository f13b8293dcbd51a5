// Signing-ready documents: every signer's place holds an empty AcroForm signature field, sized
// to the signature space between the title and the name (Decree 30/2020/NĐ-CP, Phụ lục I,
// ô 7a/7b and the seal ô 8), so a digital-signature client signs the layout as printed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getExample, getPlan, planIds } from '@thidua/plans';
import { renderSubmission } from '@thidua/pdf/node';
import { SignPdf } from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';
import { DEFAULT_BYTE_RANGE_PLACEHOLDER, DEFAULT_SIGNATURE_LENGTH, SUBFILTER_ADOBE_PKCS7_DETACHED } from '@signpdf/utils';
import forge from 'node-forge';
import { beforeAll, describe, expect, it } from 'vitest';
import { largeDamRongGiayKhen } from '../../packages/plans/src/lam-dong/lam-dong-2022-2025/examples.js';
import { pdfText, pdfWords, qpdfCheck, type PdfPageWords } from './tools.js';
import { pdfLib } from './pdf-lib.js';

const { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFSignature, PDFString } = pdfLib;

interface Field {
  name: string;
  page: number;
  /** Points, origin top-left, y down (as pdftotext reports words). */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  hasValue: boolean;
}

const TEXT_LEFT = (30 * 72) / 25.4;
const TEXT_RIGHT = 595.28 - (15 * 72) / 25.4;
const TEXT_WIDTH = TEXT_RIGHT - TEXT_LEFT;

async function sigFields(pdf: Uint8Array): Promise<Field[]> {
  const doc = await PDFDocument.load(pdf);
  const pages = doc.getPages();
  return doc.getForm().getFields().filter((f) => f instanceof PDFSignature).flatMap((f) => f.acroField.getWidgets().map((w) => {
    const r = w.getRectangle();
    const page = pages.findIndex((p) => p.ref === w.P());
    const h = pages[page]!.getHeight();
    return { name: f.getName(), page: page + 1, x1: r.x, x2: r.x + r.width, y1: h - r.y - r.height, y2: h - r.y, hasValue: f.acroField.dict.has(PDFName.of('V')) };
  }));
}

const kebab = (id: string) => id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The field names a dossier must hold, from the data and the plan: one per signer's place. */
function expectedNominationFields(planId: string, d: any): string[] {
  const plan = getPlan(planId);
  const names = ['to-trinh.nguoi-ky', 'bien-ban.thu-ky', 'bien-ban.chu-toa'];
  d.nominees.forEach((n: any, i: number) => {
    const doc = i === 0 ? 'bao-cao-thanh-tich' : `bao-cao-thanh-tich-${i + 1}`;
    for (const b of plan.dossier.confirmationBlocks[n.type as 'individual']) names.push(`${doc}.${kebab(b.id)}`);
  });
  return names;
}

/** The signer's full name the data gives for a field, if any. */
function signerName(d: any, name: string, kind: 'report' | 'nomination'): string | undefined {
  if (kind === 'report') return d.signer.fullName;
  if (name === 'to-trinh.nguoi-ky') return d.coverLetter.signer.fullName;
  if (name === 'bien-ban.thu-ky') return d.councilMinutes.secretary.fullName;
  if (name === 'bien-ban.chu-toa') return d.councilMinutes.chair.fullName;
  const m = /^bao-cao-thanh-tich(?:-(\d+))?\.(.+)$/.exec(name)!;
  const n = d.nominees[m[1] ? Number(m[1]) - 1 : 0];
  const id = Object.keys(n.confirmations ?? {}).find((k) => kebab(k) === m[2]);
  return id ? n.confirmations[id]?.fullName || undefined : undefined;
}

/** Problems with a field's place: off the page, across the columns, or not over its signer's name. */
function placeProblems(f: Field, pages: PdfPageWords[], name: string | undefined): string[] {
  const out: string[] = [];
  const page = pages[f.page - 1]!;
  if (f.x1 < TEXT_LEFT - 0.5 || f.x2 > TEXT_RIGHT + 0.5 || f.y1 < 0 || f.y2 > page.pageHeight) out.push(`${f.name}: outside the text area of page ${f.page}`);
  if (f.y2 - f.y1 < 40 || f.x2 - f.x1 < 100) out.push(`${f.name}: too small (${Math.round(f.x2 - f.x1)} × ${Math.round(f.y2 - f.y1)} pt)`);
  // A signer's column is one half of the text width (paired blocks) or the right 55 % (ô 7a).
  const mid = TEXT_LEFT + TEXT_WIDTH / 2;
  const inLeft = f.x2 <= mid + 0.5;
  const inRight = f.x1 >= TEXT_LEFT + TEXT_WIDTH * 0.45 - 0.5;
  if (!inLeft && !inRight) out.push(`${f.name}: spans both columns (${Math.round(f.x1)}–${Math.round(f.x2)})`);
  // Text may sit above and below, never inside: the field covers the room left to sign.
  const inside = page.words.filter((w) => w.xMax > f.x1 && w.xMin < f.x2 && w.yMax > f.y1 + 1 && w.yMin < f.y2 - 1);
  if (inside.length) out.push(`${f.name}: covers text "${inside.map((w) => w.text).join(' ')}"`);
  // Paired blocks share a grid: the side with fewer title lines has them above an empty stretch
  // as tall as the other side's extra lines (up to three, ≈ 45 pt) before its room to sign.
  const above = page.words.filter((w) => w.yMax <= f.y1 + 1 && w.yMax > f.y1 - 80 && w.xMax > f.x1 && w.xMin < f.x2);
  if (!above.length) out.push(`${f.name}: no title or note just above it`);
  if (name) {
    const first = name.split(/\s+/)[0]!.normalize('NFC');
    const below = page.words.filter((w) => w.text === first && w.yMin >= f.y2 - 1 && w.yMin < f.y2 + 20);
    if (!below.some((w) => w.xMin >= f.x1 - 40 && w.xMax <= f.x2 + 40)) out.push(`${f.name}: the name "${name}" is not right under it`);
  }
  return out;
}

describe('signature fields at every signer’s place', () => {
  for (const planId of planIds()) {
    it(`${planId}: the dossier has one empty /Sig field per signer, each over its signer's column`, async () => {
      const data = getExample(planId, 'nomination') as any;
      const pdf = await renderSubmission(planId, 'nomination', data);
      const fields = await sigFields(pdf);
      expect(fields.map((f) => f.name).sort()).toEqual(expectedNominationFields(planId, data).sort());
      expect(fields.every((f) => !f.hasValue)).toBe(true);
      const pages = pdfWords(pdf);
      expect(fields.flatMap((f) => placeProblems(f, pages, signerName(data, f.name, 'nomination')))).toEqual([]);
      expect(qpdfCheck(pdf).ok).toBe(true);
    });

    it(`${planId}: the report has its signer's field under the title, over the name`, async () => {
      const data = getExample(planId, 'report') as any;
      const pdf = await renderSubmission(planId, 'report', data);
      const fields = await sigFields(pdf);
      expect(fields.map((f) => f.name)).toEqual(['bao-cao.nguoi-ky']);
      expect(placeProblems(fields[0]!, pdfWords(pdf), data.signer.fullName)).toEqual([]);
    });
  }
});

describe('a 40-nominee dossier', () => {
  it('has a uniquely named field for every signer of every one of its 40 achievement reports, each in place', async () => {
    const data = largeDamRongGiayKhen(40) as any;
    const pdf = await renderSubmission('lam-dong-2022-2025', 'nomination', data);
    const fields = await sigFields(pdf);
    const expected = expectedNominationFields('lam-dong-2022-2025', data);
    expect(new Set(expected).size).toBe(expected.length);
    expect(fields.map((f) => f.name).sort()).toEqual(expected.sort());
    const pages = pdfWords(pdf);
    expect(fields.flatMap((f) => placeProblems(f, pages, signerName(data, f.name, 'nomination')))).toEqual([]);
  }, 60_000);
});

describe('drafts and the opt-out', () => {
  const planId = 'lam-dong-2022-2025';
  it('a draft has no signature field unless asked; signatureFields: false leaves them out', async () => {
    const data = getExample(planId, 'nomination');
    expect(await sigFields(await renderSubmission(planId, 'nomination', data, { draft: true }))).toEqual([]);
    expect(await sigFields(await renderSubmission(planId, 'nomination', data, { signatureFields: false }))).toEqual([]);
    expect((await sigFields(await renderSubmission(planId, 'nomination', data, { draft: true, signatureFields: true }))).length).toBeGreaterThan(3);
  });

  it('the fields change no word of the printed text', async () => {
    const data = getExample(planId, 'nomination');
    const withFields = await renderSubmission(planId, 'nomination', data);
    const without = await renderSubmission(planId, 'nomination', data, { signatureFields: false });
    expect(pdfText(withFields)).toBe(pdfText(without));
  });
});

// ---- signing with a throwaway self-signed certificate ----

function selfSignedP12(): Buffer {
  const keys = forge.pki.rsa.generateKeyPair(2048);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(Date.now() - 24 * 3600e3);
  cert.validity.notAfter = new Date(Date.now() + 24 * 3600e3);
  const subject = [{ name: 'commonName', value: 'Thu nghiem ky so' }, { name: 'countryName', value: 'VN' }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], '', { algorithm: '3des' });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

/** Puts a signature dictionary with a ByteRange/Contents placeholder into the named, existing field. */
async function withPlaceholder(pdf: Uint8Array, fieldName: string): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf);
  const ctx = doc.context;
  const field = doc.getForm().getSignature(fieldName);
  const byteRange = PDFArray.withContext(ctx);
  byteRange.push(PDFNumber.of(0));
  for (let i = 0; i < 3; i++) byteRange.push(PDFName.of(DEFAULT_BYTE_RANGE_PLACEHOLDER));
  const sig = ctx.register(ctx.obj({
    Type: 'Sig', Filter: 'Adobe.PPKLite', SubFilter: SUBFILTER_ADOBE_PKCS7_DETACHED, ByteRange: byteRange,
    Contents: PDFHexString.of('0'.repeat(DEFAULT_SIGNATURE_LENGTH * 2)), M: PDFString.fromDate(new Date()), Reason: PDFString.of('Thu nghiem'),
  }));
  field.acroField.dict.set(PDFName.of('V'), sig);
  doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict).set(PDFName.of('SigFlags'), PDFNumber.of(3));
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

describe('signing a generated dossier in its own field', () => {
  let dir: string;
  beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-sign-')); return () => fs.rmSync(dir, { recursive: true, force: true }); });

  it('pdfsig validates the signature of to-trinh.nguoi-ky, and the text is unchanged', async () => {
    const planId = 'lam-dong-2022-2025';
    const pdf = await renderSubmission(planId, 'nomination', getExample(planId, 'nomination'));
    const signed = await new SignPdf().sign(await withPlaceholder(pdf, 'to-trinh.nguoi-ky'), new P12Signer(selfSignedP12()));
    const file = path.join(dir, 'signed.pdf');
    fs.writeFileSync(file, signed);
    const r = spawnSync('pdfsig', [file], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Signature Field Name: to-trinh.nguoi-ky');
    expect(r.stdout).toContain('Signature Validation: Signature is Valid.');
    expect(r.stdout).toContain('Total document signed');
    expect(pdfText(signed)).toBe(pdfText(pdf));
    // The other signers' fields are still there, empty, for the next signature.
    const rest = await sigFields(signed);
    expect(rest.filter((f) => f.hasValue).map((f) => f.name)).toEqual(['to-trinh.nguoi-ky']);
    expect(rest.length).toBe((await sigFields(pdf)).length);
  }, 60_000);
});
