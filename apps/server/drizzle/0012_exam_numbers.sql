ALTER TABLE "exam_score" ADD COLUMN "exam_number" text;--> statement-breakpoint
-- 考号 for the exams that already exist, as new exams get them (exams/examNumber.ts in core): the school's place by
-- school code, then the seat by class number and national student number
UPDATE "exam_score" e SET "exam_number" = lpad(r.p::text, 3, '0') || lpad(r.k::text, 4, '0')
FROM (
  SELECT x."exam_id", x."student_id",
    dense_rank() OVER (PARTITION BY x."exam_id" ORDER BY s."code" COLLATE "C", x."school_id") AS p,
    row_number() OVER (PARTITION BY x."exam_id", x."school_id"
      ORDER BY c."number" NULLS LAST, st."student_number" COLLATE "C", x."student_id") AS k
  FROM "exam_score" x
  JOIN "school" s ON s."id" = x."school_id"
  JOIN "student" st ON st."id" = x."student_id"
  LEFT JOIN "school_class" c ON c."id" = x."class_id"
) r
WHERE e."exam_id" = r."exam_id" AND e."student_id" = r."student_id" AND r.p <= 999 AND r.k <= 9999;--> statement-breakpoint
CREATE UNIQUE INDEX "exam_score_number_uq" ON "exam_score" USING btree ("exam_id","exam_number");
