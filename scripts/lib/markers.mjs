// Generated parts of hand-written Markdown: the text between `<!-- name -->` and `<!-- /name -->`
// belongs to a generator, the rest to the authors.

/** `text` with what stands between the markers of `name` replaced by `content`. */
export function replaceBetween(text, name, content) {
  const open = `<!-- ${name} -->`;
  const close = `<!-- /${name} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) throw new Error(`markers <!-- ${name} --> … <!-- /${name} --> not found`);
  return text.slice(0, start + open.length) + content + text.slice(end);
}

/** What stands between the markers of `name`, or undefined when they are missing. */
export function between(text, name) {
  const open = `<!-- ${name} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(`<!-- /${name} -->`);
  return start < 0 || end < start ? undefined : text.slice(start + open.length, end);
}

/**
 * Writes each file with its generated parts (`parts`: { file: { name: content } }) renewed, or
 * with `check` only says which are out of date. Returns the files that were (or would be) changed.
 */
export function renew(fs, root, parts, check) {
  const stale = [];
  for (const [file, contents] of Object.entries(parts)) {
    const full = `${root}/${file}`;
    const text = fs.readFileSync(full, 'utf8');
    let next = text;
    for (const [name, content] of Object.entries(contents)) next = replaceBetween(next, name, content);
    if (next === text) continue;
    stale.push(file);
    if (!check) fs.writeFileSync(full, next);
  }
  return stale;
}
