// Colour for stderr lines: off for pipes and files, NO_COLOR wins, FORCE_COLOR forces.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Message } from './run.js';

export type ColorLevel = 0 | 1 | 2 | 3;

/** The chalk level for a stream, following https://no-color.org and FORCE_COLOR (0-3, true/false). */
export function colorLevel(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): ColorLevel {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === 'false' || force === '0') return 0;
    if (force === '' || force === 'true') return 1;
    const n = Number.parseInt(force, 10);
    return Number.isNaN(n) ? 1 : (Math.min(Math.max(n, 0), 3) as ColorLevel);
  }
  if (!isTTY || env.TERM === 'dumb') return 0;
  return env.COLORTERM === 'truecolor' ? 3 : 1;
}

export function painter(level: ColorLevel): ChalkInstance {
  return new Chalk({ level });
}

/** A message as shown on stderr: errors red, warnings yellow, information dim. */
export function paint(chalk: ChalkInstance, message: Message): string {
  if (message.level === 'error') return chalk.red(message.text);
  if (message.level === 'warning') return chalk.yellow(message.text);
  return chalk.dim(message.text);
}
