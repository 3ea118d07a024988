-- Reference numbers (BF-<year>-<n>) come from one sequence, so two workers
-- submitting at once never get the same number.
CREATE SEQUENCE "application_reference_seq" START 1;

-- CreateTable
CREATE TABLE "applications" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "worker_id" UUID NOT NULL,
    "programme_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "resume_to" TEXT,
    "answers" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "last_activity_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submitted_at" TIMESTAMP(3),
    "decided_at" TIMESTAMP(3),

    CONSTRAINT "applications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_events" (
    "id" BIGSERIAL NOT NULL,
    "application_id" UUID NOT NULL,
    "from_status" TEXT,
    "to_status" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "reason" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_documents" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "doc_type" TEXT,
    "file_id" TEXT NOT NULL,
    "file_unique_id" TEXT NOT NULL,
    "mime_type" TEXT,
    "file_name" TEXT,
    "size_bytes" INTEGER,
    "group_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_requests" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "doc_type" TEXT NOT NULL,
    "requested_by" TEXT NOT NULL,
    "requested_at" TIMESTAMP(3) NOT NULL,
    "fulfilled_at" TIMESTAMP(3),

    CONSTRAINT "document_requests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "applications_reference_key" ON "applications"("reference");
CREATE INDEX "applications_worker_id_programme_id_idx" ON "applications"("worker_id", "programme_id");
CREATE INDEX "applications_status_updated_at_idx" ON "applications"("status", "updated_at");
CREATE INDEX "applications_status_last_activity_at_idx" ON "applications"("status", "last_activity_at");
CREATE INDEX "application_events_application_id_at_idx" ON "application_events"("application_id", "at");
CREATE UNIQUE INDEX "application_documents_application_id_file_unique_id_key" ON "application_documents"("application_id", "file_unique_id");
CREATE INDEX "document_requests_application_id_fulfilled_at_idx" ON "document_requests"("application_id", "fulfilled_at");

-- AddForeignKey
ALTER TABLE "applications" ADD CONSTRAINT "applications_worker_id_fkey" FOREIGN KEY ("worker_id") REFERENCES "workers"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "application_documents" ADD CONSTRAINT "application_documents_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "document_requests" ADD CONSTRAINT "document_requests_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE;
