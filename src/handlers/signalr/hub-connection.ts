/**
 * One client of the hub over any transport that carries text (the node door's `ws` socket, msw's
 * WebSocket link): the handshake, then Subscribe/Unsubscribe invocations in and `OnEvent` invocations
 * out, keep-alive pings both ways, and a Close message before closing on a protocol error. The door
 * gives it `send` and `close`, and calls `receive` for each text frame and `closed` when the socket ends.
 */
import type { ResourceChanged } from '../../portos/index.ts';
import { asInvocation, frame, handshakeProblem, MAX_MESSAGE_CHARS, MessageType, parseMessage, splitMessages, type InvocationMessage } from './hub-protocol.ts';
import { createSubscription, subscriptionNames } from './subscription.ts';

/** What a door provides: a text sender and a closer. */
export interface HubTransport {
  send(text: string): void;
  /** Closes the socket (WebSocket close code and reason). */
  close(code: number, reason: string): void;
}

export interface HubConnection {
  readonly connectionId: string;
  /** One received text frame (possibly several messages, or part of one). */
  receive(text: string): void;
  /** The socket ended (either side): stop timers, stop listening. */
  closed(): void;
  /** Ends the connection from the hub's side: a Close message, then the socket. */
  end(): void;
  /** A change to pass on, if this connection wants the resource. */
  notify(event: ResourceChanged, envelope: (event: ResourceChanged) => object): void;
}

export interface HubTimings {
  /** How often the hub pings an idle client. ASP.NET Core's default `KeepAliveInterval`: 15 s. */
  keepAliveMs: number;
  /** How long the hub waits for any message before dropping a client. ASP.NET Core's `ClientTimeoutInterval`: 30 s. */
  clientTimeoutMs: number;
  /** How long the hub waits for the handshake. ASP.NET Core's `HandshakeTimeout`: 15 s. */
  handshakeTimeoutMs: number;
}

export const DEFAULT_HUB_TIMINGS: HubTimings = { keepAliveMs: 15_000, clientTimeoutMs: 30_000, handshakeTimeoutMs: 15_000 };

/** WebSocket close codes: 1000 normal (after a Close message), 1009 message too big. */
const NORMAL_CLOSURE = 1000;

export function createHubConnection(connectionId: string, transport: HubTransport, timings: HubTimings, onEnd: () => void): HubConnection {
  const subscription = createSubscription();
  let buffered = '';
  let handshaken = false;
  let ended = false;
  let lastReceived = Date.now();
  let lastSent = Date.now();
  let keepAlive: ReturnType<typeof setInterval> | undefined;
  const handshakeTimer = setTimeout(() => end('Handshake was canceled: no handshake request within the timeout.'), timings.handshakeTimeoutMs);

  function send(message: object): void {
    if (ended) return;
    lastSent = Date.now();
    transport.send(frame(message));
  }

  /** Ends the connection: a Close message (with the reason, if any) and then the socket. */
  function end(error?: string): void {
    if (ended) return;
    if (handshaken) send({ type: MessageType.Close, ...(error !== undefined && { error }), allowReconnect: false });
    else if (error !== undefined) transport.send(frame({ error }));
    stop();
    transport.close(NORMAL_CLOSURE, error === undefined ? '' : 'protocol error');
  }

  function stop(): void {
    if (ended) return;
    ended = true;
    clearTimeout(handshakeTimer);
    clearInterval(keepAlive);
    onEnd();
  }

  function tick(): void {
    const now = Date.now();
    if (now - lastReceived >= timings.clientTimeoutMs) end('Server timeout elapsed without receiving a message from the client.');
    else if (now - lastSent >= timings.keepAliveMs) send({ type: MessageType.Ping });
  }

  function complete(invocation: InvocationMessage, error?: string): void {
    // A non-blocking invocation (no invocationId) gets no completion, not even an error (HubProtocol.md).
    if (invocation.invocationId === undefined) return;
    send({ type: MessageType.Completion, invocationId: invocation.invocationId, ...(error !== undefined && { error }) });
  }

  function invoke(invocation: InvocationMessage): void {
    // Hub method names match case-insensitively, as in ASP.NET Core.
    const method = invocation.target.toLowerCase();
    if (method !== 'subscribe' && method !== 'unsubscribe') {
      complete(invocation, `Failed to invoke '${invocation.target}': the hub has the methods Subscribe and Unsubscribe.`);
      return;
    }
    if (invocation.arguments.length !== 1) {
      complete(invocation, `Failed to invoke '${invocation.target}': it takes 1 argument (a SubscriptionRequestResource); got ${invocation.arguments.length}.`);
      return;
    }
    const names = subscriptionNames(invocation.arguments[0]);
    if (typeof names === 'string') {
      complete(invocation, `Failed to invoke '${invocation.target}': ${names}`);
      return;
    }
    if (method === 'subscribe') subscription.subscribe(names);
    else subscription.unsubscribe(names);
    complete(invocation);
  }

  function handle(text: string): void {
    if (!handshaken) {
      const problem = handshakeProblem(text);
      if (problem !== undefined) return end(problem);
      handshaken = true;
      clearTimeout(handshakeTimer);
      send({});
      keepAlive = setInterval(tick, Math.min(timings.keepAliveMs, 1000));
      return;
    }
    const parsed = parseMessage(text);
    if ('problem' in parsed) return end(parsed.problem);
    const { message } = parsed;
    switch (message.type) {
      case MessageType.Invocation: {
        const invocation = asInvocation(message);
        if (typeof invocation === 'string') return end(invocation);
        return invoke(invocation);
      }
      case MessageType.StreamInvocation:
        if (typeof message.invocationId === 'string') send({ type: MessageType.Completion, invocationId: message.invocationId, error: 'This hub has no streaming methods.' });
        return;
      case MessageType.Close:
        return end();
      default:
        // Pings, completions, cancels and message types of later versions: nothing to do (HubProtocol.md
        // asks receivers to ignore what they do not know).
        return;
    }
  }

  return {
    connectionId,
    receive(text) {
      if (ended) return;
      lastReceived = Date.now();
      buffered += text;
      const { messages, rest } = splitMessages(buffered);
      if (rest.length > MAX_MESSAGE_CHARS) return end(`The maximum message size of ${MAX_MESSAGE_CHARS} characters was exceeded.`);
      buffered = rest;
      for (const message of messages) {
        if (ended) return;
        if (message.length > MAX_MESSAGE_CHARS) return end(`The maximum message size of ${MAX_MESSAGE_CHARS} characters was exceeded.`);
        handle(message);
      }
    },
    closed: stop,
    end: () => end(),
    notify(event, envelope) {
      if (!handshaken || ended || !subscription.wants(event.resource.name)) return;
      send({ type: MessageType.Invocation, target: 'OnEvent', arguments: [envelope(event)] });
    },
  };
}
