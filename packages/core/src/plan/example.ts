// Named example submissions of a plan, GOV.UK-fixture style: valid ones are shown, invalid
// ones prove a rule fires.
import { Type, type Static } from '@sinclair/typebox';
import { DOCUMENT_KINDS } from './document-kind.js';
import { Choice, Closed } from './format-builders.js';

const ExampleFields = {
  name: Type.String({ minLength: 1, description: 'What the example shows, unique among the plan’s examples.' }),
  kind: Choice(DOCUMENT_KINDS),
  data: Type.Unknown({ description: 'The submission.' }),
};

export const PlanExample = Closed(ExampleFields, 'A named example submission: valid ones are shown, invalid ones prove a rule fires.');
export type PlanExample = Static<typeof PlanExample>;

export const InvalidFixture = Closed({
  ...ExampleFields,
  expect: Type.Array(Closed({
    path: Type.String({ description: 'JSON Pointer of the field the error is on.' }),
    code: Type.String({ description: 'Its error code.' }),
    clause: Type.Optional(Type.Boolean({ description: 'True when the error must cite a clause of the plan.' })),
  }), { description: 'Errors the fixture must produce (others may appear too).' }),
}, 'A named invalid submission and the errors it must produce.');
export type InvalidFixture = Static<typeof InvalidFixture>;
