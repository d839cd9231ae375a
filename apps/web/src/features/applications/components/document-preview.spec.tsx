import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeCompleteApplication, makeDocument, makeProviderDetail } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { DocumentPreview } from './document-preview';

// jsdom has no object URLs; the browser's are opaque strings like these.
const createObjectURL = vi.fn(() => 'blob:http://localhost/preview-1');
const revokeObjectURL = vi.fn();
beforeEach(() => {
  Object.assign(URL, { createObjectURL, revokeObjectURL });
});
afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

function openDocuments(document: ReturnType<typeof makeDocument>) {
  sessionStore.signIn(makeSession({}, 'token-7'));
  const view = makeCompleteApplication({ wizardStep: 5, documents: [document] });
  const api = mockApi({
    'GET /api/applications/app-1': () => jsonResponse(200, view),
    'GET /api/providers/p-bank': () => jsonResponse(200, makeProviderDetail()),
    [`GET ${document.downloadUrl}`]: () => new Response(new Blob(['bytes']), { status: 200, headers: { 'Content-Type': document.mimeType } }),
  });
  renderApp('/merchant/applications/app-1');
  return api;
}

describe(DocumentPreview.name, () => {
  it('fetches an image with the access token and shows it inline from a blob URL', async () => {
    const document = makeDocument({ originalName: 'shopfront.png', mimeType: 'image/png', downloadUrl: '/api/applications/app-1/documents/doc-1/file' });
    const api = openDocuments(document);

    await userEvent.click(await screen.findByTestId('preview-BUSINESS_LICENCE'));

    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getByRole('img', { name: 'shopfront.png' })).toHaveAttribute('src', 'blob:http://localhost/preview-1'));
    expect(api.callsTo('GET /api/applications/app-1/documents/doc-1/file')[0]?.headers.get('Authorization')).toBe('Bearer token-7');

    await userEvent.click(within(dialog).getAllByRole('button', { name: '关闭' }).at(-1) as HTMLElement);
    await waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith('blob:http://localhost/preview-1'));
  });

  it('shows a PDF in a frame and offers it in a new tab', async () => {
    openDocuments(makeDocument());

    await userEvent.click(await screen.findByTestId('preview-BUSINESS_LICENCE'));

    expect(await screen.findByTestId('preview-pdf')).toHaveAttribute('src', 'blob:http://localhost/preview-1');
    expect(screen.getByTestId('preview-new-tab')).toHaveAttribute('href', 'blob:http://localhost/preview-1');
    expect(screen.getByTestId('preview-new-tab')).toHaveAttribute('target', '_blank');
  });
});
