// Preloaded into a child `thidua` by the CLI tests: its peak RSS (KB), written where they say.
import fs from 'node:fs';

process.on('exit', () => {
  if (process.env.THIDUA_RSS_FILE) fs.writeFileSync(process.env.THIDUA_RSS_FILE, String(process.resourceUsage().maxRSS));
});
