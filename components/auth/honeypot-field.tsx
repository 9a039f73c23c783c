import type { InputHTMLAttributes } from "react";

/**
 * A field only bots fill in: off-screen, out of the tab order and hidden from assistive
 * technology, so people never see or reach it. The server refuses a sign-up that fills it.
 */
export function HoneypotField(props: InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label>
        Website
        <input type="text" tabIndex={-1} autoComplete="off" {...props} />
      </label>
    </div>
  );
}
