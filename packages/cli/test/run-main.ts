// Runs `main()` in this process, as `thidua …` would run, and returns what it wrote.
import { vi } from 'vitest';
import { main, type MainHooks } from '../src/main.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function thidua(...argv: string[]): Promise<Run> {
  return thiduaWith({}, ...argv);
}

export async function thiduaWith(hooks: MainHooks, ...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { stdout += String(chunk); return true; });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { stderr += String(chunk); return true; });
  try {
    const code = await main(argv, hooks);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
