// `npm run build` runs this after compiling: it writes the prebuilt index of the installed jieba
// dictionaries beside the compiled segmenter (src/nlp/dictionary-index.ts). A failure only costs
// cold starts their speed, so it is reported and the build goes on.
import { createRequire } from 'node:module';
import { writePrebuiltIndex } from './dictionary-index.js';

const require = createRequire(import.meta.url);
try {
  const jieba = require('nodejieba') as { DEFAULT_DICT: string; DEFAULT_IDF_DICT: string };
  writePrebuiltIndex(jieba.DEFAULT_DICT, jieba.DEFAULT_IDF_DICT);
} catch (err) {
  process.stderr.write(`plan-extract build: no prebuilt dictionary index (${err instanceof Error ? err.message : String(err)}); cold starts compute it\n`);
}
