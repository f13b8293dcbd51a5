// A module hook that says on stderr when a module of Vite is loaded: `thidua` must load Vite
// only for `thidua studio`.
export async function resolve(specifier, context, next) {
  const found = await next(specifier, context);
  if (/\/node_modules\/(?:\.pnpm\/vite@[^/]+\/node_modules\/)?vite\//.test(found.url)) process.stderr.write(`vite loaded: ${found.url}\n`);
  return found;
}
