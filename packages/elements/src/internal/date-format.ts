// Dates typed dd/mm/yyyy and stored ISO (YYYY-MM-DD); clock times HH:MM. Showing an ISO date
// as dd/mm/yyyy is core's `formatDate`.

const pad = (n: number) => String(n).padStart(2, '0');

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 9999) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/**
 * Typed text → ISO date, or `undefined` when it is not a whole, real date. Accepts
 * "20/10/2023", "20-10-2023", "20.10.2023", "5/3/2023" and ISO "2023-10-20".
 */
export function parseDate(text: string): string | undefined {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isRealDate(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : undefined;
  }
  m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : undefined;
}

/** "8:30", "08.30", "8h30", "8h" → "08:30"/"08:00"; `undefined` when not a clock time. */
export function parseTime(text: string): string | undefined {
  const m = /^(\d{1,2})\s*(?:[:.hg]\s*(\d{2})?)?$/i.exec(text.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  return h < 24 && min < 60 ? `${pad(h)}:${pad(min)}` : undefined;
}
