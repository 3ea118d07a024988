-- Handoff requests become cases: claimed, relayed, closed and rated in Slack.
ALTER TABLE "handoff_requests" RENAME TO "cases";
ALTER TABLE "cases" RENAME CONSTRAINT "handoff_requests_pkey" TO "cases_pkey";
ALTER INDEX "handoff_requests_status_created_at_idx" RENAME TO "cases_status_created_at_idx";
ALTER TABLE "cases" DROP CONSTRAINT "handoff_requests_worker_id_fkey";
-- A case outlives an erased worker as an anonymous tombstone, so Slack can be told.
ALTER TABLE "cases" ALTER COLUMN "worker_id" DROP NOT NULL;
ALTER TABLE "cases" ALTER COLUMN "status" SET DEFAULT 'unclaimed';
UPDATE "cases" SET "status" = 'unclaimed' WHERE "status" = 'open';

CREATE SEQUENCE "case_reference_seq";
ALTER TABLE "cases" ADD COLUMN "reference" TEXT;
UPDATE "cases" SET "reference" = 'BF-C-' || lpad(nextval('case_reference_seq')::text, 6, '0');
ALTER TABLE "cases" ALTER COLUMN "reference" SET NOT NULL;
ALTER TABLE "cases" ALTER COLUMN "reference" SET DEFAULT ('BF-C-' || lpad(nextval('case_reference_seq')::text, 6, '0'));
ALTER TABLE "cases" ADD COLUMN "application_id" TEXT;
ALTER TABLE "cases" ADD COLUMN "urgent" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "cases" ADD COLUMN "owner_id" TEXT;
ALTER TABLE "cases" ADD COLUMN "claimed_at" TIMESTAMP(3);
ALTER TABLE "cases" ADD COLUMN "closed_at" TIMESTAMP(3);
ALTER TABLE "cases" ADD COLUMN "closed_by" TEXT;
ALTER TABLE "cases" ADD COLUMN "rating" INTEGER;
ALTER TABLE "cases" ADD COLUMN "slack_channel" TEXT;
ALTER TABLE "cases" ADD COLUMN "slack_ts" TEXT;
ALTER TABLE "cases" ADD COLUMN "card_version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "cases" ADD COLUMN "card_shown" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "cases" ADD COLUMN "announcements" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "cases" ADD COLUMN "announce_due" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "cases" ADD COLUMN "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

CREATE UNIQUE INDEX "cases_reference_key" ON "cases"("reference");
CREATE UNIQUE INDEX "cases_slack_ts_key" ON "cases"("slack_ts");
CREATE INDEX "cases_worker_id_status_idx" ON "cases"("worker_id", "status");
CREATE INDEX "cases_owner_id_status_idx" ON "cases"("owner_id", "status");
ALTER TABLE "cases" ADD CONSTRAINT "cases_worker_id_fkey" FOREIGN KEY ("worker_id") REFERENCES "workers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "case_messages" (
    "id" BIGSERIAL NOT NULL,
    "case_id" UUID NOT NULL,
    "direction" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "source_ts" TEXT,
    "slack_ts" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "shown" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_messages_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "case_messages_source_ts_key" ON "case_messages"("source_ts");
CREATE INDEX "case_messages_case_id_id_idx" ON "case_messages"("case_id", "id");
CREATE INDEX "case_messages_status_shown_idx" ON "case_messages"("status", "shown");
ALTER TABLE "case_messages" ADD CONSTRAINT "case_messages_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "case_events" (
    "id" BIGSERIAL NOT NULL,
    "case_id" UUID NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "detail" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_events_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "case_events_case_id_at_idx" ON "case_events"("case_id", "at");
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "slack_deliveries" (
    "key" TEXT NOT NULL,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "slack_deliveries_pkey" PRIMARY KEY ("key")
);
CREATE INDEX "slack_deliveries_received_at_idx" ON "slack_deliveries"("received_at");
