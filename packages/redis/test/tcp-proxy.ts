import { once } from 'node:events';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { freePort } from './redis-server.js';

/**
 * A TCP forwarder to a real server that can be taken down (its port closed, every connection
 * cut) and brought back on the same port: what an unreachable database looks like to a pool.
 * It can also freeze: connections stay open but nothing is forwarded (bytes are held until
 * `thaw()`), which is what a hung server or a network that drops packets looks like to a client.
 */
export class TcpProxy {
  readonly port: number;
  readonly #target: { host: string; port: number };
  readonly #sockets = new Set<Socket>();
  /** The client side of each open connection. */
  readonly #clients = new Set<Socket>();
  /** Bytes held while frozen, with the socket each was bound for. */
  #held: Array<[Socket, Buffer]> = [];
  #frozen = false;
  /** Sockets whose bytes are dropped (a path that died while the connection looks open). */
  readonly #dropped = new WeakSet<Socket>();
  #server: Server | null = null;

  private constructor(port: number, target: { host: string; port: number }) {
    this.port = port;
    this.#target = target;
  }

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    const proxy = new TcpProxy(await freePort(), target);
    await proxy.up();
    return proxy;
  }

  /** Listens and forwards again. */
  async up(): Promise<void> {
    if (this.#server) return;
    const server = createServer((client) => {
      const upstream = createConnection(this.#target);
      this.#sockets.add(client);
      this.#sockets.add(upstream);
      this.#clients.add(client);
      const drop = () => {
        this.#clients.delete(client);
        client.destroy();
        upstream.destroy();
        this.#sockets.delete(client);
        this.#sockets.delete(upstream);
      };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
      this.#forward(client, upstream);
      this.#forward(upstream, client);
    });
    server.listen(this.port, '127.0.0.1');
    await once(server, 'listening');
    this.#server = server;
  }

  /** Closes the port (new connections are refused) and cuts every open connection. */
  async down(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = null;
    const closed = once(server, 'close');
    server.close();
    for (const socket of this.#sockets) socket.destroy();
    this.#sockets.clear();
    this.#clients.clear();
    this.#held = [];
    await closed;
  }

  /** How many client connections are open through the proxy. */
  get connections(): number {
    return this.#clients.size;
  }

  /** Keeps every connection open (new ones are accepted) but forwards nothing until `thaw()`. */
  freeze(): void {
    this.#frozen = true;
  }

  /**
   * Drops every byte of the connections open now, in both directions, for good; they stay open,
   * and new connections are forwarded as usual: what a connection whose path died looks like
   * (the server may long have closed its end, the client is never told).
   */
  blackhole(): void {
    for (const socket of this.#sockets) this.#dropped.add(socket);
  }

  /** Forwards again, the bytes held while frozen first. */
  thaw(): void {
    this.#frozen = false;
    const held = this.#held;
    this.#held = [];
    for (const [to, chunk] of held) if (!to.destroyed) to.write(chunk);
  }

  #forward(from: Socket, to: Socket): void {
    from.on('data', (chunk: Buffer) => {
      if (this.#dropped.has(from)) return;
      if (this.#frozen) this.#held.push([to, chunk]);
      else if (!to.destroyed) to.write(chunk);
    });
  }
}
