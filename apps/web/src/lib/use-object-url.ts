import { useEffect, useState } from 'react';

/** A file fetched for display: nothing asked yet, on its way, ready as a blob: URL, or failed. */
export type ObjectUrlState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; url: string }
  | { status: 'failed'; error: unknown };

type Settled = { source: string } & ({ status: 'ready'; url: string } | { status: 'failed'; error: unknown });

/**
 * Fetches a file with the access token (a plain link would carry none) and exposes it as a blob: URL for an <img>,
 * an <iframe> or a download link. The URL is revoked when the source changes or the component goes away.
 * `source` is the API path (null: nothing to load); `mimeType`, when given, makes the browser render the bytes as the
 * type the server checked them to be.
 */
export function useObjectUrl(source: string | null, load: (source: string) => Promise<Blob>, mimeType?: string): ObjectUrlState {
  const [settled, setSettled] = useState<Settled | null>(null);

  useEffect(() => {
    if (!source) return;
    let url: string | undefined;
    let cancelled = false;
    load(source).then(
      (blob) => {
        if (cancelled) return;
        url = URL.createObjectURL(mimeType ? new Blob([blob], { type: mimeType }) : blob);
        setSettled({ source, status: 'ready', url });
      },
      (error: unknown) => {
        if (!cancelled) setSettled({ source, status: 'failed', error });
      },
    );
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
    // `load` is a fetcher chosen by the caller, often an inline arrow: only the file it names matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source, mimeType]);

  if (!source) return { status: 'idle' };
  // Until the new source answers, an earlier file's state must not show.
  if (!settled || settled.source !== source) return { status: 'loading' };
  return settled.status === 'ready' ? { status: 'ready', url: settled.url } : { status: 'failed', error: settled.error };
}

/** Saves a Blob under `fileName` through a temporary link, as a download the browser names. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
