// The parts of the pure-JavaScript `x11` client Unknot uses (the package ships no types).
declare module 'x11' {
  export interface XEvent {
    name: string;
    wid?: number;
    atom?: number;
  }
  export interface XProperty {
    type: number;
    format: number;
    data: Buffer;
  }
  type Callback<T> = (error: Error | null, value: T) => void;
  export interface XClient {
    InternAtom(onlyIfExists: boolean, name: string, callback: Callback<number>): void;
    GetProperty(del: number, wid: number, name: number, type: number, offset: number, length: number, callback: Callback<XProperty>): void;
    ChangeProperty(mode: number, wid: number, name: number, type: number, units: number, data: number[] | Buffer): void;
    ChangeWindowAttributes(wid: number, values: { eventMask: number }): void;
    CreateWindow(wid: number, parent: number, x: number, y: number, width: number, height: number, border: number, depth: number, klass: number, visual: number, values: Record<string, number>): void;
    AllocID(): number;
    on(event: 'event', listener: (event: XEvent) => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
    /** The server closed the connection (x11/lib/xcore.js: the stream's 'end' is re-emitted on the client). */
    on(event: 'end', listener: () => void): this;
    terminate(): void;
  }
  export interface XDisplay {
    client: XClient;
    screen: { root: number }[];
  }
  export function createClient(options: { display?: string }, callback: (error: Error | null, display: XDisplay) => void): XClient;
  export const eventMask: Record<string, number>;
}
