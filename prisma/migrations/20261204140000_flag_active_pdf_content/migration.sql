-- Active content found in an uploaded PDF (JavaScript, launch actions, embedded files, rich media, XFA forms,
-- automatic actions), kept on the document so the reviewer sees a warning before opening it. Documents uploaded
-- before this column have not been scanned: they start with an empty list.
CREATE TYPE "PdfActiveContent" AS ENUM ('JAVASCRIPT', 'LAUNCH_ACTION', 'EMBEDDED_FILE', 'RICH_MEDIA', 'XFA_FORM', 'AUTOMATIC_ACTION');

ALTER TABLE "ApplicationDocument" ADD COLUMN "activeContent" "PdfActiveContent"[] DEFAULT ARRAY[]::"PdfActiveContent"[];
