import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

export interface FileDownload {
  stream: Readable;
  mimeType: string;
  sizeBytes: number;
  fileName: string;
}

/** RFC 6266 / 5987: keeps Chinese file names intact in the download dialog. */
const contentDisposition = (fileName: string) => `inline; filename="file"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

export async function sendFile(reply: FastifyReply, file: FileDownload): Promise<void> {
  await reply
    .header('content-type', file.mimeType)
    .header('content-length', file.sizeBytes)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('cache-control', 'private, no-store')
    .send(file.stream);
}
