// Finding a Chromium for the browser tests: PLAN_EXTRACT_CHROMIUM or CHROME_PATH, else the system's
// chromium / chromium-browser / google-chrome on PATH (.ci/run installs Debian's chromium).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  for (const key of ['PLAN_EXTRACT_CHROMIUM', 'CHROME_PATH']) {
    const path = env[key];
    if (path && existsSync(path)) return path;
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    const path = r.stdout.trim();
    if (r.status === 0 && path !== '') return path;
  }
  return null;
}
