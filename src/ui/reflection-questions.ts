/** Questions adapted from the first part of the interview guide (Bijlage 2): the project and the player's part in it. */
export const REFLECTION = ['goal', 'did', 'happened', 'felt', 'other'] as const;

/** The second part of the interview guide (Bijlage 2, thesis lines 1256–1265): the organisation around it. */
export const ORGANISATION_REFLECTION = [
  'changes',
  'initiatives',
  'expectations',
  'hindered',
  'competencies',
  'role',
  'priorities',
  'residents',
  'conflicting',
] as const;
