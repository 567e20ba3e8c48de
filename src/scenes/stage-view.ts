import type { Meter, Place } from '../domain/vocabulary.ts';

/** What the canvas should draw behind the words. Presentation only: no game rules. */
export type StageView =
  | { readonly scene: 'title' | 'choose' | 'debrief' }
  | {
      readonly scene: 'play';
      readonly place: Place;
      readonly speaker: { readonly id: string; readonly colour: string; readonly narrator: boolean };
      /** Meters that just moved, so the scene can animate them. */
      readonly change: Partial<Record<Meter, number>>;
    };

export interface Stage {
  show(view: StageView): void;
  setReducedMotion(reduced: boolean): void;
}
