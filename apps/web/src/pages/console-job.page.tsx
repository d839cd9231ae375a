import { useParams } from 'react-router';
import { JobWorkspace, useJob } from '../features/installations';
import { useProvider } from '../features/providers';

/**
 * /console/jobs/:jobId. Composes the job with its provider's public profile, so the technician picks the model of
 * each terminal from the provider's own list.
 */
export function ConsoleJobPage() {
  const { jobId = '' } = useParams();
  const job = useJob(jobId);
  const provider = useProvider(job.data?.provider.id);
  return <JobWorkspace jobId={jobId} models={provider.data?.terminalModels ?? (provider.isError ? [] : undefined)} jobsPath="/console/jobs" />;
}
