-- CreateTable
CREATE TABLE "typed_messages" (
    "id" BIGSERIAL NOT NULL,
    "worker_id" UUID NOT NULL,
    "intent" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "typed_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "typed_messages_worker_id_created_at_idx" ON "typed_messages"("worker_id", "created_at");

-- AddForeignKey
ALTER TABLE "typed_messages" ADD CONSTRAINT "typed_messages_worker_id_fkey" FOREIGN KEY ("worker_id") REFERENCES "workers"("id") ON DELETE CASCADE ON UPDATE CASCADE;
