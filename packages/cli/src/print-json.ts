/** A value as indented JSON on stdout, as every command that prints data prints it. */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}
