-- One training record per merchant, cashier, module and day. Repeated submissions (a double click, a retry)
-- created copies that differ only in id and creation time: keep the first of each and remove the rest, then let
-- the unique index answer every later repetition with the record already there.
DELETE FROM "TrainingRecord" r
 USING "TrainingRecord" earlier
 WHERE earlier."merchantId" = r."merchantId"
   AND earlier."traineeName" = r."traineeName"
   AND earlier.module = r.module
   AND earlier."trainedOn" = r."trainedOn"
   AND (earlier."createdAt", earlier.id) < (r."createdAt", r.id);

CREATE UNIQUE INDEX "TrainingRecord_merchantId_traineeName_module_trainedOn_key"
  ON "TrainingRecord" ("merchantId", "traineeName", "module", "trainedOn");
