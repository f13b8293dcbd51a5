// CPU time of the processes this one started (headless Chromium's browser, renderer, GPU and
// utility processes), read from Linux's /proc: what a print cost the machine, whatever else ran.
import fs from 'node:fs';

/** /proc reports utime and stime in USER_HZ ticks, 100 a second on every Linux. */
const TICK_MS = 10;

function stat(pid) {
  try {
    const s = fs.readFileSync(`/proc/${pid}/stat`, 'latin1');
    // The command name (field 2) is in parentheses and may hold spaces: fields after it count from its end.
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), cpuMs: (Number(f[11]) + Number(f[12])) * TICK_MS };
  } catch {
    return undefined;
  }
}

/** Every process descended from this one, or undefined where /proc is not there (not Linux). */
export function childProcesses() {
  if (!fs.existsSync('/proc/self/stat')) return undefined;
  const parents = new Map();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const s = stat(d);
    if (s) parents.set(Number(d), s.ppid);
  }
  const ours = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!ours.has(pid) && ours.has(ppid)) {
        ours.add(pid);
        grew = true;
      }
    }
  }
  ours.delete(process.pid);
  return [...ours];
}

/** CPU milliseconds the processes have used so far (those that have exited count as 0). */
export const cpuMsOf = (pids) => pids.reduce((n, pid) => n + (stat(pid)?.cpuMs ?? 0), 0);
