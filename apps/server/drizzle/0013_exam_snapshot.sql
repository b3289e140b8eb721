CREATE TABLE "exam_snapshot" (
	"exam_id" uuid NOT NULL,
	"seq" smallint NOT NULL,
	"region_code" char(6) NOT NULL,
	"format" smallint NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exam_snapshot_exam_id_seq_pk" PRIMARY KEY("exam_id","seq")
);
--> statement-breakpoint
ALTER TABLE "exam_snapshot" ADD CONSTRAINT "exam_snapshot_exam_id_exam_id_fk" FOREIGN KEY ("exam_id") REFERENCES "public"."exam"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- the bytes are compact and mostly random already (student ids): keep them uncompressed, out of line
ALTER TABLE "exam_snapshot" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;