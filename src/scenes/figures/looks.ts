import type { Figure } from '../../domain/vocabulary.ts';

export type HairStyle =
  | 'bob'
  | 'bun'
  | 'receding'
  | 'crop'
  | 'afro'
  | 'parted'
  | 'curls'
  | 'flat-cap'
  | 'hijab'
  | 'ponytail'
  | 'quiff';
export type Top = 'blazer' | 'suit' | 'shirt' | 'sweater' | 'cardigan' | 'coat' | 'hoodie' | 'overshirt';
export type FacialHair = 'beard' | 'stubble' | 'moustache';

/** How one of the drawn people looks. The top is drawn in the character's own colour. */
export interface Look {
  readonly skin: number;
  readonly hair: number;
  readonly brow: number;
  readonly hairStyle: HairStyle;
  /** Shoulder width in design pixels. */
  readonly shoulders: number;
  readonly top: Top;
  /** What shows at the neck under the top. */
  readonly under: number;
  readonly tie?: number;
  /** Scarf, hijab or cap: a second colour that does not come from the scenario. */
  readonly accent?: number;
  readonly facialHair?: FacialHair;
  readonly glasses?: boolean;
  readonly earrings?: boolean;
  readonly necklace?: boolean;
  readonly lanyard?: boolean;
  /** Faint lines beside the mouth and under the eyes. */
  readonly older?: boolean;
}

const SLIM = 214;
const MEDIUM = 236;
const BROAD = 262;

/** Twelve people: every role twice, a woman and a man, of different ages and skin tones. */
export const LOOKS: Readonly<Record<Figure, Look>> = {
  'wethouder-vrouw': {
    skin: 0xf0cdb2,
    hair: 0xcbb48a,
    brow: 0x8c7653,
    hairStyle: 'bob',
    shoulders: MEDIUM,
    top: 'blazer',
    under: 0xf4f1ea,
    necklace: true,
    earrings: true,
    older: true,
  },
  'wethouder-man': {
    skin: 0x9a6243,
    hair: 0x9a958f,
    brow: 0x5a5550,
    hairStyle: 'crop',
    shoulders: BROAD,
    top: 'suit',
    under: 0xf4f1ea,
    tie: 0x8a2f3a,
    facialHair: 'beard',
    older: true,
  },
  'teamleider-vrouw': {
    skin: 0xc68a62,
    hair: 0x33211a,
    brow: 0x2a1a14,
    hairStyle: 'bun',
    shoulders: MEDIUM,
    top: 'blazer',
    under: 0x2f3640,
    glasses: true,
    earrings: true,
  },
  'teamleider-man': {
    skin: 0xeec3a0,
    hair: 0x7a5532,
    brow: 0x5e3f24,
    hairStyle: 'receding',
    shoulders: BROAD,
    top: 'shirt',
    under: 0xeeeeee,
    lanyard: true,
    facialHair: 'stubble',
  },
  'collega-vrouw': {
    skin: 0x6b4330,
    hair: 0x1f1512,
    brow: 0x1a110e,
    hairStyle: 'afro',
    shoulders: SLIM,
    top: 'sweater',
    under: 0xf4f1ea,
    earrings: true,
  },
  'collega-man': {
    skin: 0xf0cdb2,
    hair: 0xd3cfc8,
    brow: 0x9b958c,
    hairStyle: 'parted',
    shoulders: MEDIUM,
    top: 'cardigan',
    under: 0xbcd0e4,
    tie: 0x3f4d63,
    glasses: true,
    facialHair: 'moustache',
    older: true,
  },
  'inwoner-vrouw': {
    skin: 0xe8b896,
    hair: 0xeae6df,
    brow: 0xa8a199,
    hairStyle: 'curls',
    shoulders: MEDIUM,
    top: 'coat',
    under: 0xf4f1ea,
    accent: 0xd9a441,
    glasses: true,
    older: true,
  },
  'inwoner-man': {
    skin: 0x7a4b32,
    hair: 0xbdb6ad,
    brow: 0x8d867d,
    hairStyle: 'flat-cap',
    shoulders: BROAD,
    top: 'coat',
    under: 0xc9b8a0,
    accent: 0x5d5246,
    facialHair: 'beard',
    older: true,
  },
  'raadslid-vrouw': {
    skin: 0xb57a55,
    hair: 0x2a1c16,
    brow: 0x2a1c16,
    hairStyle: 'hijab',
    shoulders: SLIM,
    top: 'blazer',
    under: 0xf4f1ea,
    accent: 0xd8c6ae,
  },
  'raadslid-man': {
    skin: 0xf2d0b5,
    hair: 0x8a6a3a,
    brow: 0x6b5130,
    hairStyle: 'parted',
    shoulders: MEDIUM,
    top: 'suit',
    under: 0xf4f1ea,
  },
  'dataspecialist-vrouw': {
    skin: 0xf5d8c2,
    hair: 0xb5562a,
    brow: 0x8e4220,
    hairStyle: 'ponytail',
    shoulders: SLIM,
    top: 'hoodie',
    under: 0xf4f1ea,
    glasses: true,
  },
  'dataspecialist-man': {
    skin: 0xd9a57c,
    hair: 0x1d1a18,
    brow: 0x1d1a18,
    hairStyle: 'quiff',
    shoulders: MEDIUM,
    top: 'overshirt',
    under: 0xe3e3e3,
    facialHair: 'stubble',
  },
};
