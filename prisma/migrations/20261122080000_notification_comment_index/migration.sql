-- CreateIndex
CREATE INDEX "Notification_commentId_idx" ON "Notification"("commentId");

