/**
 * Which drawn colourings to let go of. A speaker's body and arms are drawn in the speaker's colour
 * into textures of a few megabytes each; a workshop that plays every scenario meets dozens of
 * speakers, so only the most recent ones stay. One still on the stage is never let go of.
 */
export const createTextureBudget = (kept: number) => {
  const recent: string[] = [];
  const showing = new Map<string, number>();
  return {
    /** A colouring is shown: it becomes the most recent; returns the ones to let go of now. */
    use(family: string): string[] {
      showing.set(family, (showing.get(family) ?? 0) + 1);
      const at = recent.indexOf(family);
      if (at >= 0) recent.splice(at, 1);
      recent.push(family);
      const over = recent.length - kept;
      const gone = recent.slice(0, Math.max(0, over)).filter((f) => !showing.get(f));
      for (const f of gone) recent.splice(recent.indexOf(f), 1);
      return gone;
    },
    /** A speaker showing it left the stage. */
    release(family: string) {
      showing.set(family, Math.max(0, (showing.get(family) ?? 0) - 1));
    },
  };
};
