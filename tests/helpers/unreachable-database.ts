// Databases that don't answer, for the outage tests: an address where nothing listens, and a
// server that accepts connections and then says nothing, as a frozen PostgreSQL does.
import net from "node:net";
import { findFreePort } from "@/scripts/db/embedded-postgres";

/** A PostgreSQL URL on a loopback port nobody listens on: every connection is refused. */
export async function refusingDatabaseUrl(): Promise<string> {
  return `postgresql://postgres:unused@127.0.0.1:${await findFreePort()}/marquee`;
}

/** A TCP server that accepts connections and never answers; close() when done. */
export async function silentDatabase(): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => undefined);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `postgresql://postgres:unused@127.0.0.1:${port}/marquee`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * A TCP relay to the database at `url`, for a client whose address is fixed once it starts
 * (the page expiry listener): `refuse()` closes it, as a server that went away (connections
 * through it end, new ones are refused), `accept()` opens it again on the same port.
 */
export async function databaseRelay(url: string): Promise<{ url: string; refuse: () => Promise<void>; accept: () => Promise<void> }> {
  const target = new URL(url);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const [from, to] of [
      [socket, upstream],
      [upstream, socket],
    ] as const) {
      sockets.add(from);
      from.on("error", () => to.destroy());
      from.on("close", () => {
        sockets.delete(from);
        to.destroy();
      });
      from.pipe(to);
    }
  });
  const port = await findFreePort();
  const listen = () => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  await listen();
  const relayed = new URL(url);
  relayed.hostname = "127.0.0.1";
  relayed.port = String(port);
  return {
    url: relayed.toString(),
    refuse: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
    accept: listen,
  };
}
