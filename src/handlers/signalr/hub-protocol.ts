/**
 * SignalR's JSON hub protocol, version 1 (ASP.NET Core's HubProtocol.md): text frames, each message a
 * JSON object ended by the record separator 0x1E; the handshake is the first message each way. Only the
 * parts the mock's hub speaks. Browser-safe: no Node built-ins.
 */

const RECORD_SEPARATOR = '\u001e';

/** Message `type` values of the hub protocol. */
export const MessageType = {
  Invocation: 1,
  StreamItem: 2,
  Completion: 3,
  StreamInvocation: 4,
  CancelInvocation: 5,
  Ping: 6,
  Close: 7,
} as const;

/** ASP.NET Core's default `MaximumReceiveMessageSize`: a longer message closes the connection. */
export const MAX_MESSAGE_CHARS = 32 * 1024;

/** One message, framed. */
export function frame(message: object): string {
  return JSON.stringify(message) + RECORD_SEPARATOR;
}

/**
 * Splits received text into whole messages; `rest` is an unfinished one that waits for the next frame
 * (a message may span WebSocket frames, and one frame may carry several messages).
 */
export function splitMessages(buffered: string): { messages: string[]; rest: string } {
  const parts = buffered.split(RECORD_SEPARATOR);
  const rest = parts.pop() ?? '';
  return { messages: parts, rest };
}

export interface InvocationMessage {
  type: 1;
  invocationId?: string;
  target: string;
  arguments: unknown[];
}

/** A received message as far as the hub reads it; `problem` when it breaks the protocol. */
export type ReceivedMessage = { message: { type: number } & Record<string, unknown> } | { problem: string };

export function parseMessage(text: string): ReceivedMessage {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: 'Error parsing message: not JSON.' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'Error parsing message: a message must be a JSON object.' };
  const { type } = value as { type?: unknown };
  if (!Number.isInteger(type)) return { problem: 'Error parsing message: "type" must be an integer.' };
  return { message: value as { type: number } & Record<string, unknown> };
}

/** Checks an Invocation's members (HubProtocol.md): `target` a string, `arguments` an array, `invocationId` a string when present. */
export function asInvocation(message: Record<string, unknown>): InvocationMessage | string {
  if (typeof message.target !== 'string' || message.target === '') return 'Error parsing message: an Invocation needs a "target" string.';
  if (!Array.isArray(message.arguments)) return 'Error parsing message: an Invocation needs an "arguments" array.';
  if (message.invocationId !== undefined && typeof message.invocationId !== 'string') return 'Error parsing message: "invocationId" must be a string.';
  return message as unknown as InvocationMessage;
}

/** The handshake request: `{"protocol":"json","version":1}`; a sentence when it is not one this hub speaks. */
export function handshakeProblem(text: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'Handshake request is not JSON.';
  }
  const { protocol, version } = (typeof value === 'object' && value !== null ? value : {}) as { protocol?: unknown; version?: unknown };
  if (protocol !== 'json') return `The protocol ${JSON.stringify(protocol ?? null)} is not supported; this hub speaks "json".`;
  if (version !== 1) return `The server does not support version ${JSON.stringify(version ?? null)} of the "json" protocol; it speaks version 1.`;
  return undefined;
}
