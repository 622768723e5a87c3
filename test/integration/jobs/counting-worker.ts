// A job used by the job-host tests: counts to `input.to`, reporting progress, and can be told to
// fail with a code, to crash, or to run until cancelled.
import { AppError } from '../../../shared/errors.js';
import { defineWorkerJob } from '../../../main/jobs/worker-runtime.js';

interface CountInput {
  to: number;
  mode: 'count' | 'fail' | 'crash' | 'forever';
}

defineWorkerJob<CountInput, { counted: number }>(async (input, context) => {
  if (input.mode === 'fail') throw new AppError('file.corrupt', { file: 'x.xlsx' });
  if (input.mode === 'crash') process.exit(3);
  let counted = 0;
  while (input.mode === 'forever' || counted < input.to) {
    if (context.signal.aborted) throw new AppError('job.cancelled');
    counted++;
    context.progress(counted, input.to);
    if (counted % 100 === 0) {
      context.post({ counted });
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }
  return { counted };
});
