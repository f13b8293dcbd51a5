/** The page's own scripts only, no eval: the plan's form runs as it will in a portal. */
export const FORM_PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page the studio shows a plan's form in, in a frame of its own (client/form.js draws the
 * element, and draws it again when the plan changes; its draft, kept under the key `studio`,
 * comes back with it).
 */
export function formPage(planId: string, lang: 'vi' | 'en'): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(planId)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/studio/form.css">
<script type="module" src="/studio/form.js"></script>
</head>
<body data-plan="${escape(planId)}">
</body>
</html>
`;
}
