// Time per pipeline stage from a V8 CPU profile (node --cpu-prof) of an in-process run, so that
// the pipeline needs no timing hooks. A sample counts for the stage whose module src/pipeline.ts
// called into (dist/normalize/index.js → "normalize/index"); nodejieba time under a stage is also
// given apart, and loading its dictionary is a stage of its own.

/** @returns {{ stage: string, ms: number, jiebaMs: number }[]} largest first */
export function stageTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfMs = new Map();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));

  const stages = new Map();
  const add = (stage, ms, jieba) => {
    const s = stages.get(stage) ?? { stage, ms: 0, jiebaMs: 0 };
    s.ms += ms;
    if (jieba) s.jiebaMs += ms;
    stages.set(stage, s);
  };
  const distPart = (url) => {
    const m = /\/dist\/(.+)\.js$/.exec(url ?? '');
    return m ? m[1] : null;
  };
  for (const [id, ms] of selfMs) {
    const chain = [];
    for (let at = id; at !== undefined; at = parent.get(at)) chain.unshift(byId.get(at).callFrame);
    const leaf = chain[chain.length - 1];
    if (leaf.functionName === '(idle)') continue;
    if (chain.some((f) => /nodejieba/.test(f.url) && f.functionName === 'load')) {
      add('nodejieba dictionary load', ms, true);
      continue;
    }
    // rememberingCuts (dist/nlp/segmenter) wraps a whole document's extraction: only what runs below the segmenter's other functions is nodejieba's
    const jieba = chain.some((f) => /nodejieba/.test(f.url) || (/\/dist\/nlp\//.test(f.url) && f.functionName !== 'rememberingCuts'));
    let last = -1;
    chain.forEach((f, i) => {
      if (distPart(f.url) === 'pipeline') last = i;
    });
    if (last >= 0) {
      const below = chain.slice(last + 1).find((f) => distPart(f.url) !== null);
      add(below ? distPart(below.url) : 'pipeline (its own code)', ms, jieba);
      continue;
    }
    const parts = chain.map((f) => distPart(f.url)).filter(Boolean);
    if (parts.includes('emit/validate')) add('validation (zod)', ms, false);
    else if (parts.some((p) => /^(batch|cli|emit)\//.test(p))) add('batch and output (cli, batch, emit)', ms, false);
    else if (leaf.functionName === '(garbage collector)') add('garbage collection', ms, false);
    else add('start-up and other (module loading, …)', ms, false);
  }
  return [...stages.values()].sort((a, b) => b.ms - a.ms);
}
