import { MyJobs } from '../features/installations';

/** /console/jobs: 我的任务, the technician's landing page. */
export function ConsoleJobsPage() {
  return <MyJobs jobPath={(id) => `/console/jobs/${encodeURIComponent(id)}`} />;
}
