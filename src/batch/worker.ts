// A worker thread of a batch (src/batch/pool.ts starts it): it loads the pipeline once (and so
// nodejieba's dictionary once, on first use) and extracts one whole input per task.
import { parentPort, workerData } from 'node:worker_threads';
import { extractBytes, extractFile, extractTableRow } from '../pipeline.js';
import { serveTasks } from './pool.js';
import { processJob, type Job, type ProcessSettings } from './process.js';

const settings = workerData as ProcessSettings;
if (!parentPort) throw new Error('src/batch/worker.ts runs as a worker thread');
serveTasks(parentPort, (job: Job) => processJob(job, settings, { extractFile, extractBytes, extractTableRow }));
