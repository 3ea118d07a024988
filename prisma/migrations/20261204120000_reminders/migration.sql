-- CreateTable
CREATE TABLE "reminders" (
    "id" TEXT NOT NULL,
    "worker_id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "stage" INTEGER NOT NULL DEFAULT 1,
    "due_at" TIMESTAMP(3) NOT NULL,
    "queued_at" TIMESTAMP(3),
    "sent_at" TIMESTAMP(3),
    "dropped_at" TIMESTAMP(3),
    "drop_reason" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reminders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reminder_opt_outs" (
    "worker_id" UUID NOT NULL,
    "opted_out_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "reminder_opt_outs_pkey" PRIMARY KEY ("worker_id")
);

-- CreateIndex
CREATE INDEX "reminders_sent_at_dropped_at_due_at_idx" ON "reminders"("sent_at", "dropped_at", "due_at");

-- CreateIndex
CREATE INDEX "reminders_worker_id_idx" ON "reminders"("worker_id");

-- CreateIndex
CREATE INDEX "reminders_application_id_idx" ON "reminders"("application_id");

-- AddForeignKey
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_worker_id_fkey" FOREIGN KEY ("worker_id") REFERENCES "workers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder_opt_outs" ADD CONSTRAINT "reminder_opt_outs_worker_id_fkey" FOREIGN KEY ("worker_id") REFERENCES "workers"("id") ON DELETE CASCADE ON UPDATE CASCADE;
