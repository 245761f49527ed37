// A worker thread of a batch (src/batch/pool.ts starts it): it loads the pipeline and the word
// segmenter's dictionary once, before it says it is ready (so that loading is never counted
// against an input's --timeout; a run of one input loads only its words, later), and extracts one
// whole input per task.
import { parentPort, workerData } from 'node:worker_threads';
import { cut, setNativeGuard } from '../nlp/segmenter.js';
import { extractBytes, extractFile, extractTableRow } from '../pipeline.js';
import { serveTasks } from './pool.js';
import { processJob, type Job, type ProcessSettings } from './process.js';

const settings = workerData as ProcessSettings;
if (!parentPort) throw new Error('src/batch/worker.ts runs as a worker thread');
// a run of one input loads only the words of its text, when the pipeline has read it
if (!settings.extract.oneInput) cut('加载词典');
serveTasks(parentPort, (job: Job) => processJob(job, settings, { extractFile, extractBytes, extractTableRow }), setNativeGuard);
