import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startLocaleSync } from './app/locale-sync';
import { createAppRouter } from './app/router';
import { apiClient } from './lib/api-client';
import { createQueryClient } from './lib/query-client';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

startLocaleSync();
// Restore the session from the refresh cookie while React renders the "restoring" spinner.
void apiClient.restoreSession();

createRoot(root).render(
  <StrictMode>
    <App router={createAppRouter()} queryClient={createQueryClient()} />
  </StrictMode>,
);
