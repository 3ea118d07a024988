-- AlterTable
ALTER TABLE "reminders" ADD COLUMN "deliver_at" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "reminders_sent_at_dropped_at_deliver_at_idx" ON "reminders"("sent_at", "dropped_at", "deliver_at");
