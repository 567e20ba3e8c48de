import type { nl } from './nl.ts';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The shape every language must fill: the Dutch file's keys, each a string. */
export type Messages = Strings<typeof nl>;
