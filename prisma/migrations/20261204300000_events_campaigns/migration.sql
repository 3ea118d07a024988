-- CreateTable
CREATE TABLE "events" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "starts_at" TIMESTAMP(3) NOT NULL,
    "place" TEXT,
    "link" TEXT,
    "capacity" INTEGER,
    "taken" INTEGER NOT NULL DEFAULT 0,
    "stages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "offer_hours" INTEGER NOT NULL DEFAULT 48,
    "segment" JSONB NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelled_at" TIMESTAMP(3),

    CONSTRAINT "events_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "events_taken_within_capacity" CHECK ("capacity" IS NULL OR "taken" <= "capacity")
);

-- CreateTable
CREATE TABLE "event_invitations" (
    "event_id" UUID NOT NULL,
    "worker_id" UUID NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'invited',
    "invited_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "responded_at" TIMESTAMP(3),

    CONSTRAINT "event_invitations_pkey" PRIMARY KEY ("event_id","worker_id")
);

-- CreateTable
CREATE TABLE "event_signups" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "worker_id" UUID NOT NULL,
    "participant" TEXT NOT NULL,
    "stage" TEXT,
    "status" TEXT NOT NULL,
    "position" BIGSERIAL NOT NULL,
    "offered_until" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "event_signups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notice_preferences" (
    "worker_id" UUID NOT NULL,
    "opted_out" BOOLEAN NOT NULL DEFAULT false,
    "muted" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "unreachable_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "notice_preferences_pkey" PRIMARY KEY ("worker_id")
);

-- CreateTable
CREATE TABLE "broadcasts" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "body" TEXT,
    "event_id" UUID,
    "purpose" TEXT NOT NULL DEFAULT 'notice',
    "segment" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "approved_by" TEXT,
    "scheduled_at" TIMESTAMP(3),
    "total" INTEGER NOT NULL DEFAULT 0,
    "progress_ref" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "broadcasts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "broadcast_deliveries" (
    "broadcast_id" UUID NOT NULL,
    "worker_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "broadcast_deliveries_pkey" PRIMARY KEY ("broadcast_id","worker_id")
);

-- CreateIndex
CREATE INDEX "event_invitations_worker_id_idx" ON "event_invitations"("worker_id");
CREATE UNIQUE INDEX "event_signups_event_id_worker_id_participant_key" ON "event_signups"("event_id", "worker_id", "participant");
CREATE INDEX "event_signups_event_id_status_position_idx" ON "event_signups"("event_id", "status", "position");
CREATE INDEX "event_signups_worker_id_idx" ON "event_signups"("worker_id");
CREATE INDEX "broadcasts_status_idx" ON "broadcasts"("status");
CREATE INDEX "broadcast_deliveries_broadcast_id_seq_idx" ON "broadcast_deliveries"("broadcast_id", "seq");
CREATE INDEX "broadcast_deliveries_worker_id_idx" ON "broadcast_deliveries"("worker_id");

-- AddForeignKey
ALTER TABLE "event_invitations" ADD CONSTRAINT "event_invitations_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "event_invitations" ADD CONSTRAINT "event_invitations_worker_id_fkey" FOREIGN KEY ("worker_id") REFERENCES "workers"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "event_signups" ADD CONSTRAINT "event_signups_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "event_signups" ADD CONSTRAINT "event_signups_worker_id_fkey" FOREIGN KEY ("worker_id") REFERENCES "workers"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "notice_preferences" ADD CONSTRAINT "notice_preferences_worker_id_fkey" FOREIGN KEY ("worker_id") REFERENCES "workers"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "broadcast_deliveries" ADD CONSTRAINT "broadcast_deliveries_broadcast_id_fkey" FOREIGN KEY ("broadcast_id") REFERENCES "broadcasts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "broadcast_deliveries" ADD CONSTRAINT "broadcast_deliveries_worker_id_fkey" FOREIGN KEY ("worker_id") REFERENCES "workers"("id") ON DELETE CASCADE ON UPDATE CASCADE;
