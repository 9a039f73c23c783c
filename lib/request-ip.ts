/**
 * The client address for rate limiting. Behind a load balancer, the right-most
 * X-Forwarded-For entry is the one our own proxy appended, so a client cannot spoof it
 * by sending a header of its own; without a proxy Next.js sets it from the socket.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).pop();
  return last || headers.get("x-real-ip") || "unknown";
}
