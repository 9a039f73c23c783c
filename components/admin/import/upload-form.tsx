"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/forms/button";
import { FormAlert } from "@/components/forms/form-alert";

/**
 * Sends the export as the request's body to /api/admin/imports, with the upload's progress
 * (XMLHttpRequest reports it; fetch doesn't), then opens the upload's page, where the preview
 * appears once the file has been read.
 */
export function UploadForm({ maxBytes, maxLabel }: { maxBytes: number; maxLabel: string }) {
  const router = useRouter();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<number | null>(null);

  function upload(event: React.FormEvent) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    setError(null);
    if (!file) return setError("Choose the file WordPress exported (Tools → Export), .xml or .xml.gz.");
    if (file.size > maxBytes) return setError(`That file is ${Math.round(file.size / 1048576)} MB; the most Marquee imports at once is ${maxLabel}.`);
    const request = new XMLHttpRequest();
    request.open("POST", "/api/admin/imports");
    request.setRequestHeader("content-type", "application/octet-stream");
    request.setRequestHeader("x-file-name", encodeURIComponent(file.name));
    request.upload.onprogress = (progress) => setSent(progress.lengthComputable ? progress.loaded / progress.total : 0);
    request.onerror = () => {
      setSent(null);
      setError("The upload broke off. Check your connection and try again; nothing was kept.");
    };
    request.onload = () => {
      let body: { id?: string; error?: string } = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        // a proxy's own error page
      }
      if (request.status === 201 && body.id) {
        router.push(`/admin/import/${body.id}`);
        return;
      }
      setSent(null);
      setError(body.error ?? (request.status === 413 ? `The file is larger than the server accepts (${maxLabel} here; a proxy in front may allow less).` : "The upload failed. Try again."));
    };
    setSent(0);
    request.send(file);
  }

  const uploading = sent !== null;
  return (
    <form onSubmit={upload} className="rounded-lg border border-line bg-surface p-4" aria-describedby={`${inputId}-hint`}>
      <label htmlFor={inputId} className="block text-sm font-medium text-ink">
        WordPress export
      </label>
      <p id={`${inputId}-hint`} className="mt-0.5 text-xs text-muted">
        From WordPress: Tools → Export → All content. A .xml file, or .xml.gz; up to {maxLabel}. Nothing is imported until you have seen the preview.
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <input
          ref={input}
          id={inputId}
          name="file"
          type="file"
          accept=".xml,.gz,.wxr,application/xml,text/xml,application/gzip"
          disabled={uploading}
          className="max-w-full text-sm file:mr-3 file:h-9 file:rounded-md file:border file:border-line-strong file:bg-sunken file:px-3 file:text-sm file:font-medium file:text-ink"
        />
        <Button type="submit" pending={uploading} pendingLabel="Uploading…">
          Upload and preview
        </Button>
      </div>
      {uploading && (
        <div className="mt-3 flex items-center gap-3 text-sm text-muted">
          <progress className="h-2 w-48 accent-accent" value={sent} max={1} aria-label="Upload progress" />
          <span role="status">{sent < 1 ? `Uploading… ${Math.round(sent * 100)}%` : "Storing the file…"}</span>
        </div>
      )}
      {error && (
        <div className="mt-3">
          <FormAlert>{error}</FormAlert>
        </div>
      )}
    </form>
  );
}
