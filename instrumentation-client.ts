// Runs in the browser before any of the app's modules (Next.js's instrumentation-client).
import { config } from "zod";

// The page's script policy allows no eval (lib/http/content-security-policy.mjs). zod would
// probe for it with `new Function("")` the first time a form's schema is built, and although it
// catches the refusal and validates without, the browser still reports the probe as a policy
// violation. Without JIT, zod never probes. The server keeps zod's faster compiled parsers.
config({ jitless: true });
