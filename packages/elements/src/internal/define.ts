// Registration that tolerates a second copy of the library on the page (two portal widgets
// bundling different versions): the first definition wins and the clash is reported, rather
// than `customElements.define` throwing and breaking the host page.

export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

export function defineElement(tag: string, ctor: VersionedElement): void {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  const mine = ctor.version ?? 'unknown';
  const theirs = existing.version ?? 'unknown';
  console.warn(
    `thidua: <${tag}> is already defined by another copy of @thidua/elements (version ${theirs}); ` +
      `this copy (version ${mine}) was not registered.${mine === theirs ? '' : ' Load one version per page.'}`,
  );
}
