import { Type, type TSchema } from '@sinclair/typebox';
import {
  IndicatorNumber, LongText, OptionalText, SignerSchema, TextList, Year, label,
  type Indicator, type OutlineNode, type PlanDefinition,
} from '@thidua/core';
import { IssuingHeaderSchema } from './header.js';
import { ReportPeriodSchema } from './report-period.js';
import { PlanDefinitionError } from '../errors.js';
import { schemaId } from './schema-id.js';
import { FiguresSchema, QualifierSchema } from './figure-schema.js';
import { walkOutline } from './outline.js';

function indicatorSchema(ind: Indicator): TSchema {
  const extra = {
    'x-unit': ind.unit,
    'x-unit-en': ind.unitEn,
    'x-indicator': ind.id,
    'x-clause': ind.clause,
    ...(ind.target ? { 'x-ui-hint': `Chỉ tiêu: ${ind.target.text}`, 'x-ui-hint-en': `Target: ${ind.target.text}` } : {}),
  };
  if (!ind.byYear) return IndicatorNumber(ind.kind, ind.label, ind.labelEn, extra);
  return Type.Array(
    Type.Object(
      { year: Year('Năm', 'Year'), value: IndicatorNumber(ind.kind, ind.label, ind.labelEn, { 'x-unit': ind.unit, 'x-unit-en': ind.unitEn }) },
      { ...label('Số liệu năm', 'Yearly figure'), additionalProperties: false },
    ),
    { ...label(ind.label, ind.labelEn), ...extra, minItems: 1, maxItems: 50, 'x-ui-widget': 'table' },
  );
}

/** Required of every reporter; a figure asked only from some unit types is required by a plan rule instead. */
const requiredOfAll = (ind: Indicator | undefined): boolean => !!ind?.required && !ind.scope?.reportedBy;

function sectionSchema(plan: PlanDefinition, node: OutlineNode): { schema: TSchema; required: boolean } {
  const isLeaf = !node.children?.length;
  const textRequired = isLeaf && !node.optional;
  const heading = `${node.number} ${node.title}`.trim();
  const text = textRequired
    ? LongText(node.title, node.titleEn)
    : OptionalText(node.title, node.titleEn, { long: true });
  const props: Record<string, TSchema> = { text: textRequired ? text : Type.Optional(text) };
  const indicatorIds = node.indicators ?? [];
  if (indicatorIds.length) {
    const byId = new Map(plan.indicators.map((i) => [i.id, i]));
    const indProps: Record<string, TSchema> = {};
    for (const id of indicatorIds) {
      const ind = byId.get(id);
      if (!ind) {
        throw new PlanDefinitionError({ planId: plan.id, where: `outline/${node.id}`, name: id }, {
          vi: `Mục “${node.id}” của đề cương kế hoạch ${plan.id} nêu chỉ tiêu không có “${id}”.`,
          en: `plans: outline node "${node.id}" of ${plan.id} names unknown indicator "${id}".`,
        });
      }
      indProps[id] = requiredOfAll(ind) ? indicatorSchema(ind) : Type.Optional(indicatorSchema(ind));
    }
    const anyRequired = indicatorIds.some((id) => requiredOfAll(byId.get(id)));
    const obj = Type.Object(indProps, { ...label('Chỉ tiêu, số liệu', 'Indicators and figures'), additionalProperties: false, 'x-ui-widget': 'table' });
    props['indicators'] = anyRequired ? obj : Type.Optional(obj);
    // "trên 57 tỷ đồng": the word before a single value; a year series has no one value to qualify.
    const single = indicatorIds.filter((id) => !byId.get(id)?.byYear);
    if (single.length) {
      props['qualifiers'] = Type.Optional(Type.Object(
        Object.fromEntries(single.map((id) => [id, Type.Optional(QualifierSchema(label(byId.get(id)!.label, byId.get(id)!.labelEn)))])),
        { ...label('Từ chỉ mức của số liệu', 'Qualifiers of the figures'), additionalProperties: false },
      ));
    }
  }
  props['figures'] = FiguresSchema(plan, 'Số liệu khác', 'Other figures');
  const schema = Type.Object(props, {
    ...label(heading, `${node.number} ${node.titleEn}`.trim()),
    additionalProperties: false,
    'x-outline-number': node.number,
    ...(node.optional ? { 'x-outline-optional': true } : {}),
    ...(node.hint ? { 'x-ui-hint': node.hint } : {}),
    ...(node.hintEn ? { 'x-ui-hint-en': node.hintEn } : {}),
    ...(node.clause ? { 'x-clause': node.clause } : {}),
  });
  // Where the plan gives its own đề cương (148/KH-UBND), a report answers every part of it: a
  // section is required when its text or a required indicator is. Where the outline is only
  // derived from the plan's text, a real report (a Front's fund review, a news account of one)
  // covers part of it: a section it leaves out is a warning (validate rules/outline-sections),
  // and a section it gives must have its text.
  const indicatorRequired = indicatorIds.some((id) => requiredOfAll(plan.indicators.find((i) => i.id === id)));
  const required = indicatorRequired || (textRequired && !plan.outline.derived);
  return { schema, required };
}

/** The JSON Schema of a plan's report: header, period, one entry per outline node, signer. */
export function buildReportSchema(plan: PlanDefinition) {
  const sections: Record<string, TSchema> = {};
  for (const { node } of walkOutline(plan.outline.sections)) {
    const { schema, required } = sectionSchema(plan, node);
    sections[node.id] = required ? schema : Type.Optional(schema);
  }
  return Type.Object(
    {
      planId: Type.Literal(plan.id, label('Mã kế hoạch', 'Plan id')),
      kind: Type.Literal('report', label('Loại hồ sơ', 'Document kind')),
      schemaVersion: Type.Literal(plan.version, label('Phiên bản lược đồ', 'Schema version')),
      header: IssuingHeaderSchema(plan, '125/BC-UBND'),
      period: ReportPeriodSchema(plan),
      to: TextList('Kính gửi', 'To', 'Nơi nhận báo cáo', 'Recipient'),
      sections: Type.Object(sections, {
        ...label('Nội dung báo cáo', 'Report sections'),
        'x-ui-hint': plan.outline.summary,
        'x-ui-hint-en': plan.outline.summaryEn,
        additionalProperties: false,
        ...(plan.outline.derived ? { 'x-outline-derived': true } : {}),
        'x-clause': plan.outline.source,
      }),
      signer: SignerSchema(),
      recipients: TextList('Nơi nhận', 'Copies to', 'Nơi nhận', 'Recipient'),
    },
    {
      $id: schemaId(plan, 'report'),
      ...label(`Báo cáo: ${plan.outline.summary}`, `Report: ${plan.outline.summaryEn}`),
      description: `${plan.title}. ${plan.outline.derived ? 'Đề cương suy ra từ nội dung kế hoạch' : 'Theo đề cương báo cáo của kế hoạch'} (${plan.outline.source}).`,
      'x-description-en': `${plan.titleEn}. ${plan.outline.derived ? 'Outline derived from the plan' : "Follows the plan's report outline"} (${plan.outline.source}).`,
      additionalProperties: false,
    },
  );
}
