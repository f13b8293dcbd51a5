// Interleaved rounds of each candidate in one process, so machine noise hits all alike;
// the median round is reported.
export function measure(candidates, { rounds = 7, roundMs = 300 } = {}) {
  const names = Object.keys(candidates);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (const n of names) for (let i = 0; i < 200; i++) candidates[n](); // warm-up
  for (let r = 0; r < rounds; r++) {
    for (const n of names) {
      const fn = candidates[n];
      let ops = 0;
      const start = process.hrtime.bigint();
      const deadline = start + BigInt(roundMs) * 1_000_000n;
      let now = start;
      while (now < deadline) {
        for (let k = 0; k < 20; k++) fn();
        ops += 20;
        now = process.hrtime.bigint();
      }
      samples[n].push(Number(now - start) / ops);
    }
  }
  return names.map((name) => {
    const s = samples[name].sort((a, b) => a - b);
    const nsPerOp = s[Math.floor(s.length / 2)];
    return { name, nsPerOp, opsPerSec: 1e9 / nsPerOp };
  });
}
