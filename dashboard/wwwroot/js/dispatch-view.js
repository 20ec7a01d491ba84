// The dispatcher console's screen, apart from the connection: one store of rows split into the queue
// (待派单, 退单) and the waiting list (已派单, not yet accepted), the summary strip and the header clock.
import { $, setText } from './dom.js';
import { OrderStore } from './order-store.js';
import { headerClock } from './clock.js';
import { QueueList, QueueStatuses } from './dispatch-queue.js';
import { WaitingList, WaitingStatuses } from './dispatch-waiting.js';

export class DispatchView {
  /** options: catalogue, canDispatch, onDispatch(id, node), onNeedDetail(row). */
  constructor(root, options) {
    this.root = root;
    this.orders = new OrderStore();
    this.queue = new QueueList(root, options);
    this.waiting = new WaitingList(root, options);
  }

  applySnapshot(snapshot) {
    this.orders.replace(snapshot.orders);
    this.render();
    document.body.dataset.ready = 'true';
  }

  applyOrders(rows) {
    const { added, changed } = this.orders.apply(rows);
    this.render([...added, ...changed]);
  }

  /** An action's own answer, until the push with its sequence arrives. */
  patch(id, fields) {
    this.orders.patch(id, fields);
    this.render([id]);
  }

  get(id) { return this.orders.get(id); }

  render(touched = []) {
    const rows = this.orders.values();
    const queued = rows.filter((r) => QueueStatuses.has(r.status));
    const waiting = rows.filter((r) => WaitingStatuses.has(r.status));
    // Flash a row where it newly appears: an order entering the queue, or moving to the waiting list.
    const flashQueue = touched.filter((id) => !this.queue.node(id) && queued.some((r) => r.id === id));
    const flashWaiting = touched.filter((id) => !this.waiting.nodes.has(id) && waiting.some((r) => r.id === id));
    this.queue.render(queued, flashQueue);
    this.waiting.render(waiting, flashWaiting);
    this.tick();
  }

  /** Scrolls an order's row into view and flashes it (from a clicked alert). */
  reveal(id) {
    const tr = this.queue.node(id)?.tr ?? this.waiting.nodes.get(id)?.tr;
    if (!tr) return;
    tr.scrollIntoView({ block: 'center', behavior: 'smooth' });
    tr.classList.remove('flash');
    void tr.offsetWidth;
    tr.classList.add('flash');
  }

  tick() {
    const now = Date.now();
    this.queue.tick(now);
    const { amber, red } = this.waiting.tick(now);
    const { pending, returned } = this.queue.counts();
    setText($('#count-pending', this.root), String(pending));
    setText($('#count-returned', this.root), String(returned));
    setText($('#count-dispatched', this.root), String(this.waiting.size));
    setText($('#count-amber', this.root), String(amber));
    setText($('#count-red', this.root), String(red));
    const clock = headerClock(now);
    setText($('#clock-date', this.root), clock.date);
    setText($('#clock-time', this.root), clock.time);
  }
}
