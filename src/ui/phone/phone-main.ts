import './phone.css';
import { currentLang, local, type Translator } from '../../adapters/i18n.ts';
import type { PreferenceStore } from '../../adapters/preferences.ts';
import { joinPhoneRoom, type PhoneRoom } from '../../adapters/room-socket.ts';
import type { Catalog } from '../../adapters/scenario-catalog.ts';
import type { Letter } from '../../domain/room-protocol.ts';
import type { Lang } from '../../domain/text.ts';
import { h } from '../dom.ts';
import { downloadText } from '../download.ts';
import type { PhoneUi } from './phone-context.ts';
import {
  deviceIdFrom,
  normaliseCode,
  type RoomRecord,
  roomRecordOf,
  withFinished,
  withRoom,
  withVote,
} from './phone-record.ts';
import { renderPhone } from './phone-render.ts';
import { createPhoneStore } from './phone-store.ts';
import { type PhoneView, phoneView } from './phone-view.ts';

export interface PhoneDeps {
  readonly root: HTMLElement;
  readonly announcer: HTMLElement;
  readonly i18n: Translator;
  readonly prefs: PreferenceStore;
  readonly catalog: Catalog;
  /** The room code from the joining link, as typed or scanned: not yet checked. */
  readonly code: string;
  readonly origin: string;
  readonly storage: Storage | undefined;
}

/** Phases in which the decision at hand is voted on, so the phone's vote on it is worth keeping. */
const VOTING = new Set(['present', 'discuss', 'tally', 'reveal']);

const newDevice = () => deviceIdFrom(crypto.getRandomValues(new Uint8Array(16)));

/**
 * The phone view of a group session: joins the room named in `?join=`, shows the decision at hand
 * with its options as buttons, sends this phone's letter, and at the end of each scenario shows a
 * debrief of this phone's own votes. Everything it keeps stays on the phone (phone-store.ts).
 */
export const startPhone = (deps: PhoneDeps): void => {
  const { root, announcer, i18n } = deps;
  const store = createPhoneStore(deps.storage);
  document.documentElement.classList.add('phone-mode');
  document.documentElement.lang = currentLang(i18n);

  let typed = deps.code;
  let code = normaliseCode(typed);
  let room: PhoneRoom | undefined;
  let record: RoomRecord | undefined;
  let sending: Letter | undefined;
  let refused: { kind: 'closed' | 'offline'; decision: string | null; open: boolean } | undefined;
  /** The decision at which an option was tapped while its vote was not open. */
  let nudged: string | null | undefined;
  let drawn = '';
  let said = '';
  let wasOffline = false;

  const storeNote = (): PhoneUi['storeNote'] => {
    const problem = store.problem();
    if (problem === 'keptAside') return 'phone.keptAside';
    if (problem === 'left') return 'phone.leftAlone';
    return store.saved() ? undefined : 'phone.notSaved';
  };

  const say = (text: string) => {
    // Emptied first, so the same words said twice are still announced.
    announcer.textContent = '';
    window.setTimeout(() => {
      announcer.textContent = text;
    }, 50);
  };

  const keep = (next: RoomRecord) => {
    if (next === record) return;
    record = next;
    store.save(withRoom(store.data(), next));
  };

  const situation = () => {
    const state = room?.state();
    const decision = state?.decision ?? null;
    if (state?.open) nudged = undefined;
    const back = refused?.kind === 'offline' && room?.link() === 'online';
    if (refused && (back || refused.decision !== decision || refused.open !== state?.open))
      refused = undefined;
    return {
      code,
      typed,
      link: room?.link() ?? 'connecting',
      trouble: room?.trouble(),
      state,
      mine: decision !== null ? room?.mine(decision) : undefined,
      sending,
      refused: refused?.kind,
      nudged: nudged !== undefined && nudged === decision,
      finished: record?.finished ?? [],
      scenarios: deps.catalog.scenarios,
    } as const;
  };

  /** Keeps what changed on the phone, then draws the screen again if what it shows changed. */
  const update = () => {
    const state = room?.state();
    if (room && record && state) {
      const mine = state.decision !== null && VOTING.has(state.phase) ? room.mine(state.decision) : undefined;
      let next = mine && state.decision ? withVote(record, state.decision, mine) : record;
      next = withFinished(next, state);
      keep(next);
    }
    const view = phoneView(situation());
    draw(view);
  };

  const ui = (): PhoneUi => ({
    t: i18n.t,
    lang: currentLang(i18n),
    local: (text) => local(i18n, text),
    code,
    typed,
    storeNote: storeNote(),
    vote: (letter) => void vote(letter),
    notOpen: (closed) => {
      nudged = room?.state()?.decision ?? null;
      update();
      say(i18n.t(closed ? 'phone.decision.closed' : 'phone.decision.notOpen'));
    },
    joinCode: (text) => {
      typed = text;
      const next = normaliseCode(text);
      if (next && next === code && room) return update();
      code = next;
      if (next) {
        window.history.replaceState(null, '', `?join=${next}`);
        join(next);
      } else {
        room?.close();
        room = undefined;
        drawn = '';
        update();
        say(i18n.t('phone.code.malformed', { typed: text.trim() }));
      }
    },
    setLang: (lang: Lang) => void setLang(lang),
    print: (debrief) => {
      const html = document.documentElement;
      const article = document.getElementById(debrief.id);
      html.classList.add('phone-printing');
      article?.classList.add('printing');
      const done = () => {
        html.classList.remove('phone-printing');
        article?.classList.remove('printing');
      };
      window.addEventListener('afterprint', done, { once: true });
      window.print();
    },
    exportFile: (debrief) => {
      downloadText(debrief.file.name, JSON.stringify(debrief.file.data, null, 2));
      say(i18n.t('phone.debrief.exported'));
    },
  });

  const vote = async (letter: Letter) => {
    if (!room || sending) return;
    const state = room.state();
    sending = letter;
    refused = undefined;
    update();
    const ok = await room.vote(letter);
    sending = undefined;
    if (!ok)
      refused = {
        kind: room.link() === 'online' ? 'closed' : 'offline',
        decision: state?.decision ?? null,
        open: state?.open ?? false,
      };
    // A refused vote leaves the status where it was when nothing else changed: say it anyway.
    if (!ok) said = '';
    update();
  };

  const setLang = async (lang: Lang) => {
    deps.prefs.set({ lang });
    await i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
    drawn = '';
    said = '';
    update();
  };

  const draw = (view: PhoneView) => {
    const status = i18n.t(view.status.key, view.status.params ?? {});
    if (view.offline !== wasOffline) {
      say(i18n.t(view.offline ? 'phone.offline' : 'phone.online'));
      wasOffline = view.offline;
    } else if (status !== said) say(status);
    said = status;
    document.title = `${i18n.t('phone.title')} — ${i18n.t('app.title')}`;
    const key = JSON.stringify([view, code, typed, storeNote()]);
    if (key === drawn) return;
    drawn = key;
    const active = document.activeElement;
    const focusKey =
      active instanceof HTMLElement && root.contains(active) ? active.dataset.focus : undefined;
    const hadFocus = active instanceof HTMLElement && root.contains(active);
    const typing =
      active instanceof HTMLInputElement ? { value: active.value, at: active.selectionStart } : undefined;
    root.replaceChildren(...renderPhone(ui(), view));
    if (!hadFocus) return;
    const again = focusKey ? root.querySelector<HTMLElement>(`[data-focus="${focusKey}"]`) : null;
    const target = again ?? root.querySelector<HTMLElement>('#phone-heading');
    target?.focus();
    if (again instanceof HTMLInputElement && typing) {
      again.value = typing.value;
      again.setSelectionRange(typing.at, typing.at);
    }
  };

  const join = (next: string) => {
    room?.close();
    room = undefined;
    record = roomRecordOf(store.data(), next, newDevice);
    keep({ ...record });
    update();
    const device = record.device;
    void joinPhoneRoom(deps.origin, next, device, record.votes).then((joined) => {
      if (code !== next) return joined.close();
      room = joined;
      joined.onChange(update);
      update();
    });
  };

  root.replaceChildren(h('p', { class: 'loading', text: i18n.t('phone.connecting.heading') }));
  if (code) join(code);
  else update();
};
