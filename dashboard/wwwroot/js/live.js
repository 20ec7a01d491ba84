// The SignalR connection to /hubs/dispatch: watches screens, re-watches after every reconnect or
// resync (the server may have moved on), and starts again forever after a close.
/* global signalR */
import { Connection } from './texts.js';

const RetryMs = 2000;

/** The Chinese message of a HubException ("… HubException: 无权查看…"), or the error's own text. */
export function hubErrorText(error) {
  const message = String(error?.message ?? error ?? '');
  const marker = 'HubException: ';
  const at = message.indexOf(marker);
  return at >= 0 ? message.slice(at + marker.length) : message;
}

const isUnauthorized = (error) =>
  error?.statusCode === 401 || /\b401\b|Unauthorized/i.test(String(error?.message ?? ''));

/**
 * handlers: onSnapshot(snapshot), onWatchError(screen, message), onOrders(screen, rows),
 * onStats(screen, stats), onAlert(screen, alert), onSeats(seats), onState(state, text), onUnauthorized().
 */
export class Live {
  constructor(handlers) {
    this.handlers = handlers;
    this.screens = new Set();
    this.state = 'disconnected';
    this.connection = new signalR.HubConnectionBuilder()
      .withUrl('/hubs/dispatch')
      .withAutomaticReconnect({
        // Retry forever, except when the sign-in has expired (e.g. keys changed with a restart).
        nextRetryDelayInMilliseconds: (context) => {
          if (isUnauthorized(context?.retryReason)) { this.call('onUnauthorized'); return null; }
          return RetryMs;
        },
      })
      .configureLogging(signalR.LogLevel.Warning)
      .build();

    const c = this.connection;
    c.on('ordersChanged', (screen, rows) => this.call('onOrders', screen, rows));
    c.on('statsChanged', (screen, stats) => this.call('onStats', screen, stats));
    c.on('alert', (screen, alert) => this.call('onAlert', screen, alert));
    c.on('seatsChanged', (seats) => this.call('onSeats', seats));
    c.on('resync', () => this.watchAll());
    c.onreconnecting(() => this.setState('reconnecting'));
    c.onreconnected(() => { this.setState('connected'); this.watchAll(); });
    c.onclose(() => {
      this.setState('disconnected');
      if (!this.unauthorized) this.later();
    });
  }

  call(name, ...args) {
    if (name === 'onUnauthorized') this.unauthorized = true;
    try { this.handlers[name]?.(...args); } catch (e) { console.error(e); }
  }

  setState(state) {
    this.state = state;
    this.call('onState', state, Connection[state] ?? state);
  }

  later() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.start(), RetryMs);
  }

  /** Connects (retrying every 2 s until it works) and watches every screen asked for. */
  async start() {
    if (this.connection.state !== signalR.HubConnectionState.Disconnected) return;
    this.setState(this.everConnected ? 'reconnecting' : 'connecting');
    try {
      await this.connection.start();
    } catch (error) {
      if (isUnauthorized(error)) { this.call('onUnauthorized'); return; }
      this.setState('disconnected');
      this.later();
      return;
    }
    this.everConnected = true;
    this.setState('connected');
    await this.watchAll();
  }

  /** Adds a screen; when connected, watches it now and hands its snapshot to onSnapshot. */
  async watch(screen) {
    this.screens.add(screen);
    if (this.connection.state === signalR.HubConnectionState.Connected) await this.watchOne(screen);
  }

  async unwatch(screen) {
    this.screens.delete(screen);
    if (this.connection.state !== signalR.HubConnectionState.Connected) return;
    try { await this.connection.invoke('unwatch', screen); } catch { /* the server forgets it on disconnect anyway */ }
  }

  async watchAll() {
    await Promise.all([...this.screens].map((s) => this.watchOne(s)));
  }

  async watchOne(screen) {
    try {
      const snapshot = await this.connection.invoke('watch', screen);
      this.call('onSnapshot', snapshot);
    } catch (error) {
      if (this.connection.state !== signalR.HubConnectionState.Connected) return; // retried on reconnect
      this.call('onWatchError', screen, hubErrorText(error));
    }
  }
}
