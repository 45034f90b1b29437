import { createConnection, type Socket } from 'node:net';

/**
 * The Wayland wire format, as much as an idle client needs (no file descriptors, no fixed-point).
 * Every message: object id (u32), then (size << 16 | opcode) (u32, size counts these 8 bytes),
 * then arguments as 32-bit little-endian words; a string is its byte length including the NUL
 * (u32), the bytes, the NUL, padded to 4. Source: the Wayland book's "Wire protocol" chapter and
 * wayland/protocol/wayland.xml (gitlab.freedesktop.org/wayland/wayland, mirrored on GitHub as
 * gitlab-freedesktop-mirrors/wayland): wl_display.sync = 0, get_registry = 1; events error = 0,
 * delete_id = 1; wl_registry.bind = 0 (name, then new_id without a type = interface string,
 * version, id); events global = 0 (name, interface, version), global_remove = 1; wl_callback.done = 0.
 */
export type WireArg = { u: number } | { s: string };

/** One message as it arrives: its object, opcode and raw argument bytes. */
export interface WireEvent {
  object: number;
  opcode: number;
  args: Buffer;
}

/** Encodes one request. */
export const encode = (object: number, opcode: number, args: WireArg[]): Buffer => {
  const parts: Buffer[] = [];
  for (const arg of args) {
    if ('u' in arg) {
      const word = Buffer.alloc(4);
      word.writeUInt32LE(arg.u >>> 0);
      parts.push(word);
    } else {
      const bytes = Buffer.from(`${arg.s}\0`, 'utf8');
      const padded = Buffer.alloc(4 + Math.ceil(bytes.length / 4) * 4);
      padded.writeUInt32LE(bytes.length);
      bytes.copy(padded, 4);
      parts.push(padded);
    }
  }
  const body = Buffer.concat(parts);
  const header = Buffer.alloc(8);
  header.writeUInt32LE(object);
  header.writeUInt32LE(((body.length + 8) << 16) | opcode, 4);
  return Buffer.concat([header, body]);
};

/** Reads a string argument at `offset`; returns it and the offset after its padding. */
export const readString = (args: Buffer, offset: number): [string, number] => {
  const length = args.readUInt32LE(offset);
  const text = args.toString('utf8', offset + 4, offset + 4 + Math.max(0, length - 1));
  return [text, offset + 4 + Math.ceil(length / 4) * 4];
};

/** Splits a byte stream into messages; keeps a partial message for the next chunk. */
export const messageReader = (onMessage: (event: WireEvent) => void) => {
  let pending: Buffer = Buffer.alloc(0);
  return (chunk: Buffer) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    while (pending.length >= 8) {
      const size = pending.readUInt32LE(4) >>> 16;
      if (size < 8 || pending.length < size) break;
      onMessage({ object: pending.readUInt32LE(0), opcode: pending.readUInt32LE(4) & 0xffff, args: pending.subarray(8, size) });
      pending = pending.subarray(size);
    }
  };
};

/** Where the compositor listens: $WAYLAND_DISPLAY (absolute, or relative to $XDG_RUNTIME_DIR, default wayland-0). */
export const waylandSocketPath = (env: { WAYLAND_DISPLAY?: string; XDG_RUNTIME_DIR?: string }): string | null => {
  const display = env.WAYLAND_DISPLAY || 'wayland-0';
  if (display.startsWith('/')) return display;
  return env.XDG_RUNTIME_DIR ? `${env.XDG_RUNTIME_DIR}/${display}` : null;
};

/** A connected Wayland client: ids, requests, round trips and the globals the registry announced. */
export interface WaylandClient {
  /** The wl_registry object's id. */
  registry: number;
  globals: Map<string, { name: number; version: number }>;
  newId: () => number;
  send: (object: number, opcode: number, args: WireArg[]) => void;
  /** Resolves once the compositor has handled everything sent so far (wl_display.sync). */
  roundtrip: () => Promise<void>;
  /** Listens to events of one object. */
  on: (object: number, listener: (opcode: number, args: Buffer) => void) => void;
  close: () => void;
  socket: Socket;
}

/** Connects, asks for the registry and waits one round trip so every global is known, within `timeoutMs`. */
export const connectWayland = (path: string, onFatal: (message: string) => void, timeoutMs = 2000): Promise<WaylandClient> =>
  new Promise((resolve, reject) => {
    const socket = createConnection(path);
    const timer = setTimeout(() => fail(`the Wayland compositor at ${path} did not answer within ${timeoutMs} ms`), timeoutMs);
    const listeners = new Map<number, (opcode: number, args: Buffer) => void>();
    const globals = new Map<string, { name: number; version: number }>();
    let next = 2; // 1 is wl_display
    let ready = false;
    let closed = false;
    const fail = (message: string) => {
      if (closed) return;
      closed = true;
      clearTimeout(timer);
      socket.destroy();
      if (ready) onFatal(message);
      else reject(new Error(message));
    };
    const client: WaylandClient = {
      registry: 0,
      globals,
      newId: () => next++,
      send: (object, opcode, args) => void (socket.writable && socket.write(encode(object, opcode, args))),
      roundtrip: () =>
        new Promise((done) => {
          const callback = client.newId();
          listeners.set(callback, () => (listeners.delete(callback), done()));
          client.send(1, 0, [{ u: callback }]);
        }),
      on: (object, listener) => void listeners.set(object, listener),
      close: () => {
        closed = true;
        socket.destroy();
      },
      socket,
    };
    client.on(1, (opcode, args) => {
      if (opcode === 0) fail(`Wayland protocol error on object ${args.readUInt32LE(0)} (code ${args.readUInt32LE(4)}): ${readString(args, 8)[0]}`);
    });
    socket.on('data', messageReader((event) => listeners.get(event.object)?.(event.opcode, event.args)));
    socket.on('error', (error) => fail(`Wayland socket ${path}: ${error.message}`));
    socket.on('close', () => fail('the compositor closed the Wayland connection'));
    socket.on('connect', () => {
      const registry = (client.registry = client.newId());
      client.on(registry, (opcode, args) => {
        if (opcode !== 0) return;
        const [iface, offset] = readString(args, 4);
        if (!globals.has(iface)) globals.set(iface, { name: args.readUInt32LE(0), version: args.readUInt32LE(offset) });
      });
      client.send(1, 1, [{ u: registry }]);
      client.roundtrip().then(() => {
        clearTimeout(timer);
        ready = true;
        resolve(client);
      });
    });
  });

/** Binds a global (wl_registry.bind); returns the new object's id, or null when the compositor lacks it. */
export const bindGlobal = (client: WaylandClient, iface: string, version: number): number | null => {
  const global = client.globals.get(iface);
  if (!global) return null;
  const id = client.newId();
  client.send(client.registry, 0, [{ u: global.name }, { s: iface }, { u: Math.min(version, global.version) }, { u: id }]);
  return id;
};
