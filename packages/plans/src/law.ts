// The national-law facts alone, without the plans: what the browser engine imports to judge a
// dossier by the law in force on its date.
export { LEGAL_REGIMES } from './shared/regimes.js';
export { legalRegimes } from './shared/legal-regimes.js';
export { regimeOn } from './shared/regime-on.js';
export { awardClauseUnder, awardLawClause } from './shared/award-law.js';
