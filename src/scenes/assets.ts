import buurthuis from '../../assets/images/buurthuis.svg?url';
import kantoor from '../../assets/images/kantoor.svg?url';
import raadszaal from '../../assets/images/raadszaal.svg?url';
import stadhuis from '../../assets/images/stadhuis.svg?url';
import vergaderzaal from '../../assets/images/vergaderzaal.svg?url';
import type { Place } from '../domain/vocabulary.ts';

export const WIDTH = 1280;
export const HEIGHT = 720;

export const BACKGROUNDS = {
  kantoor,
  vergaderzaal,
  raadszaal,
  buurthuis,
  stadhuis,
} as const satisfies Record<Place | 'stadhuis', string>;
export type Backdrop = keyof typeof BACKGROUNDS;
export const backdropKey = (name: Backdrop) => `bg-${name}`;
