import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from "react";
import { PASSWORD_MIN_LENGTH } from "@/lib/identity/password-policy";

const CONTROL =
  "block w-full rounded-lg border bg-surface px-3 text-ink shadow-xs transition-colors focus-visible:outline-2 focus-visible:outline-offset-1 aria-invalid:border-red-600 dark:aria-invalid:border-red-400";

interface FieldShellProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}

/** Label, control, hint and error, wired together with ids so screen readers read all of it. */
function FieldShell({ id, label, hint, error, children }: FieldShellProps) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}

function describedBy(id: string, hint: unknown, error: unknown) {
  return error ? `${id}-error` : hint ? `${id}-hint` : undefined;
}

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: ReactNode; error?: string };

export function TextField({ label, hint, error, id: givenId, className = "", ...input }: TextFieldProps) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${CONTROL} h-10 border-line-strong ${className}`}
        {...input}
      />
    </FieldShell>
  );
}

type PresetFieldProps = Omit<TextFieldProps, "label" | "type"> & { label?: string };

/** An email address: the keyboard, autofill and spelling settings every email field wants. */
export function EmailField({ label = "Email", ...props }: PresetFieldProps) {
  return <TextField label={label} type="email" inputMode="email" autoComplete="email" autoCapitalize="none" spellCheck={false} {...props} />;
}

/** A password being chosen, with the one rule it must meet (the same on sign-up, reset and change). */
export function NewPasswordField({ label = "Password", ...props }: PresetFieldProps) {
  return <TextField label={label} type="password" autoComplete="new-password" hint={`At least ${PASSWORD_MIN_LENGTH} characters. A short sentence works well.`} {...props} />;
}

type TextAreaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; hint?: ReactNode; error?: string };

export function TextAreaField({ label, hint, error, id: givenId, className = "", ...textarea }: TextAreaFieldProps) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${CONTROL} border-line-strong py-2 leading-relaxed ${className}`}
        {...textarea}
      />
    </FieldShell>
  );
}
