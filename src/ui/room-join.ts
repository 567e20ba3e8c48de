import type { QrPath } from '../adapters/qr-path.ts';
import type { PhonesInfo } from '../adapters/room-phones.ts';
import type { UiContext } from './context.ts';
import { h } from './dom.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** A QR code drawn as SVG (dark on white with a quiet zone, so any phone camera reads it). */
export const qrCode = (qr: QrPath, label: string, className: string): SVGSVGElement => {
  const svg = document.createElementNS(SVG, 'svg');
  const edge = qr.size + 8;
  svg.setAttribute('viewBox', `-4 -4 ${edge} ${edge}`);
  svg.setAttribute('class', className);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const bg = document.createElementNS(SVG, 'rect');
  for (const [k, v] of Object.entries({ x: -4, y: -4, width: edge, height: edge, fill: '#fff' }))
    bg.setAttribute(k, String(v));
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', qr.d);
  path.setAttribute('fill', '#000');
  svg.append(bg, path);
  return svg;
};

/** The room code in groups of three, so it is read out and typed without losing the place. */
const spaced = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;

/**
 * How the room joins, on the projector: the QR code, the address and the code, large on the setup
 * and reading screens and small in a corner while the room is deciding. Never the trainer's link.
 */
export const joinPanel = (ui: UiContext, size: 'large' | 'corner'): HTMLElement | null => {
  const info = ui.phones;
  if (info?.status !== 'open') return null;
  const address = info.joinUrl.replace(/^https?:\/\//, '').replace(/\?join=.*$/, '');
  return h(
    'aside',
    { class: `join join-${size}`, attrs: { 'aria-label': ui.t('phones.joinLabel'), 'data-join': info.code } },
    info.joinQr ? qrCode(info.joinQr, ui.t('phones.qrLabel', { code: info.code }), 'qr') : null,
    h(
      'div',
      { class: 'join-words' },
      size === 'large' ? h('p', { text: ui.t('phones.scan') }) : null,
      h('p', { class: 'join-address', text: address }),
      h('p', { class: 'join-code' }, ui.t('phones.code'), ' ', h('strong', { text: spaced(info.code) })),
      h('p', {
        class: 'join-count',
        attrs: { 'data-participants': info.participants },
        text: ui.t('phones.joined', { count: info.participants }),
      }),
      info.loopback && size === 'large'
        ? h('p', { class: 'notice small', text: ui.t('phones.loopback') })
        : null,
      info.link === 'offline' ? h('p', { class: 'notice small', text: ui.t('phones.offline') }) : null,
    ),
  );
};

/** On the setup screen: whether phones can take part, and in plain words why not. */
export const phonesStatus = (ui: UiContext): HTMLElement | null => {
  const info: PhonesInfo | undefined = ui.phones;
  if (!info) return null;
  if (info.status === 'open') return joinPanel(ui, 'large');
  return h('p', {
    class: info.status === 'checking' ? 'small' : 'notice',
    attrs: { 'data-phones': info.status },
    text: ui.t(`phones.status.${info.status}`),
  });
};

/** Live votes from phones while the vote is open: how many, never the split. */
export const phoneVotesLine = (ui: UiContext): HTMLElement | null => {
  const info = ui.phones;
  if (info?.status !== 'open') return null;
  return h('p', {
    class: 'phone-votes',
    attrs: { 'data-phone-votes': info.cast },
    text: ui.t('phones.cast', { count: info.cast, of: info.participants }),
  });
};

const presenterCount = (ui: UiContext): HTMLElement | null => {
  const info = ui.phones;
  if (info?.status !== 'open') return null;
  return h('p', {
    attrs: { 'data-participants': info.participants },
    text: `${ui.t('phones.code')} ${spaced(info.code)} · ${ui.t('phones.joined', { count: info.participants })}`,
  });
};

/**
 * Parts of a trainer's screen that follow the phones (joins, votes cast). They change in place, in
 * their own slot, so a phone joining never redraws the setup form under the trainer's hands nor
 * swallows a click: `liveSlot` marks them, and the app fills each again with its part (LIVE_PARTS).
 */
export const LIVE_PARTS = {
  status: phonesStatus,
  corner: (ui: UiContext) => joinPanel(ui, 'corner'),
  votes: phoneVotesLine,
  presenter: presenterCount,
} as const satisfies Record<string, (ui: UiContext) => HTMLElement | null>;
export type LivePart = keyof typeof LIVE_PARTS;

export const liveSlot = (ui: UiContext, part: LivePart): HTMLElement =>
  h('div', { class: 'live-slot', attrs: { 'data-live': part } }, LIVE_PARTS[part](ui));

/** Fills every live slot under `root` afresh. */
export const refreshLive = (root: HTMLElement, ui: UiContext) => {
  for (const slot of root.querySelectorAll<HTMLElement>('[data-live]')) {
    const part = slot.dataset.live as LivePart;
    if (Object.hasOwn(LIVE_PARTS, part))
      slot.replaceChildren(...[LIVE_PARTS[part](ui)].filter((x) => x !== null));
  }
};

/** Whether the room for phones is open, and which: when this changes, the trainer's screens are drawn anew. */
export const phonesKey = (info: PhonesInfo | undefined): string =>
  info?.status === 'open' ? `open:${info.code}:${!!info.presenterQr}:${info.loopback}` : (info?.status ?? '');

/** For the trainer only: the counts, and the link that opens this presenter view on the trainer's phone. */
export const presenterPhones = (ui: UiContext): HTMLElement | null => {
  const info = ui.phones;
  if (info?.status !== 'open') return null;
  return h(
    'section',
    { class: 'presenter-phones' },
    liveSlot(ui, 'presenter'),
    h(
      'details',
      {},
      h('summary', { text: ui.t('phones.remote') }),
      h('p', { class: 'small', text: ui.t('phones.remoteHint') }),
      info.presenterQr ? qrCode(info.presenterQr, ui.t('phones.remoteQrLabel'), 'qr qr-remote') : null,
    ),
  );
};
