import buurthuis from '../../assets/images/buurthuis.svg?url';
import kantoor from '../../assets/images/kantoor.svg?url';
import raadszaal from '../../assets/images/raadszaal.svg?url';
import stadhuis from '../../assets/images/stadhuis.svg?url';
import vergaderzaal from '../../assets/images/vergaderzaal.svg?url';
import type { Place } from '../domain/vocabulary.ts';

/** The drawings are 16:9; they are rasterised at this size and scaled to cover the stage. */
export const ART_WIDTH = 1600;
export const ART_HEIGHT = 900;
/** Sizes in the scenes are given for a stage this tall and scaled to the real height. */
export const DESIGN_HEIGHT = 720;

export const BACKGROUNDS = {
  kantoor,
  vergaderzaal,
  raadszaal,
  buurthuis,
  stadhuis,
} as const satisfies Record<Place | 'stadhuis', string>;
export type Backdrop = keyof typeof BACKGROUNDS;
export const backdropKey = (name: Backdrop) => `bg-${name}`;
