"use client";

import { useState, useTransition } from "react";
import { oauthSignInAction } from "@/app/(auth)/oauth-sign-in-action";
import { Button } from "@/components/forms/button";
import { FormAlert } from "@/components/forms/form-alert";

interface OAuthProvider {
  id: string;
  name: string;
}

/**
 * "Continue with GitHub / Google", for the providers the server has credentials for, then a
 * divider before the email form. Renders nothing when no provider is configured.
 */
export function OAuthButtons({ providers, callbackUrl }: { providers: readonly OAuthProvider[]; callbackUrl: string }) {
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  if (providers.length === 0) return null;

  const start = (provider: OAuthProvider) => {
    setError(null);
    setPendingId(provider.id);
    startTransition(async () => {
      // On success the action redirects to the provider; it only returns when it refused.
      const result = await oauthSignInAction({ provider: provider.id, callbackUrl });
      if (result && !result.ok) setError(result.error);
      setPendingId(null);
    });
  };

  return (
    <div className="space-y-5">
      {error && <FormAlert>{error}</FormAlert>}
      <div className="grid gap-2.5">
        {providers.map((provider) => (
          <Button
            key={provider.id}
            type="button"
            variant="secondary"
            className="w-full"
            pending={pendingId === provider.id}
            disabled={pendingId !== null && pendingId !== provider.id}
            pendingLabel={`Opening ${provider.name}…`}
            onClick={() => start(provider)}
          >
            Continue with {provider.name}
          </Button>
        ))}
      </div>
      <p className="flex items-center gap-3 text-xs font-medium tracking-wide text-muted uppercase">
        <span aria-hidden="true" className="h-px flex-1 bg-line" />
        or with email
        <span aria-hidden="true" className="h-px flex-1 bg-line" />
      </p>
    </div>
  );
}
