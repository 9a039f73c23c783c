"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { discardImportAction, retryImportAction, startImportAction } from "@/lib/actions/wordpress-import";
import { Button } from "@/components/forms/button";
import { FormAlert } from "@/components/forms/form-alert";
import { useNotice } from "../notice-provider";

type Kind = "start" | "retry" | "discard";

const ACTIONS = { start: startImportAction, retry: retryImportAction, discard: discardImportAction };

/** The buttons of an upload's page: import, try again, discard (with a confirmation step). */
export function UploadActions({ importId, kinds, importLabel }: { importId: string; kinds: Kind[]; importLabel?: string }) {
  const router = useRouter();
  const { notify } = useNotice();
  const [pending, setPending] = useState<Kind | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(kind: Kind) {
    setPending(kind);
    setError(null);
    const result = await ACTIONS[kind]({ importId });
    setPending(null);
    setConfirming(false);
    if (!result.ok) return setError(result.error);
    if (kind === "discard") {
      notify({ message: "Upload discarded." });
      router.push("/admin/import");
    }
    router.refresh();
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        {kinds.includes("start") && (
          <Button onClick={() => run("start")} pending={pending === "start"} pendingLabel="Starting…" disabled={pending !== null}>
            {importLabel ?? "Import"}
          </Button>
        )}
        {kinds.includes("retry") && (
          <Button onClick={() => run("retry")} pending={pending === "retry"} pendingLabel="Starting…" disabled={pending !== null}>
            Try again
          </Button>
        )}
        {kinds.includes("discard") &&
          (confirming ? (
            <span className="flex flex-wrap items-center gap-2 text-sm">
              <span>Discard this upload and its file?</span>
              <Button variant="danger" size="sm" onClick={() => run("discard")} pending={pending === "discard"} disabled={pending !== null}>
                Discard
              </Button>
              <Button variant="quiet" size="sm" onClick={() => setConfirming(false)}>
                Keep it
              </Button>
            </span>
          ) : (
            <Button variant="secondary" onClick={() => setConfirming(true)} disabled={pending !== null}>
              Discard…
            </Button>
          ))}
      </div>
      {error && <FormAlert>{error}</FormAlert>}
    </div>
  );
}
