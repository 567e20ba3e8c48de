/** The size of the canvas's drawing buffer; the page stretches it over the stage's box. */
export interface Resolution {
  readonly width: number;
  readonly height: number;
}

/** Most pixels a frame draws with a graphics card, and in software (a laptop without a GPU driver). */
export const PIXELS_WITH_GPU = 2560 * 1440;
export const PIXELS_IN_SOFTWARE = 1280 * 720;

/**
 * How many pixels the stage draws for a box of `cssWidth`×`cssHeight` CSS pixels: the screen's own
 * pixels (a pixel ratio up to 2), but never more than `maxPixels`, keeping the box's shape. Beyond that
 * the browser stretches the picture: the backdrops are drawn at 1600×900 anyway, the words are DOM.
 */
export const stageResolution = (
  cssWidth: number,
  cssHeight: number,
  pixelRatio: number,
  maxPixels: number,
): Resolution => {
  const width = Number.isFinite(cssWidth) && cssWidth > 1 ? cssWidth : 1;
  const height = Number.isFinite(cssHeight) && cssHeight > 1 ? cssHeight : 1;
  let scale = Number.isFinite(pixelRatio) && pixelRatio > 0 ? Math.min(pixelRatio, 2) : 1;
  const pixels = width * height * scale * scale;
  if (maxPixels > 0 && pixels > maxPixels) scale *= Math.sqrt(maxPixels / pixels);
  return {
    width: Math.max(1, Math.floor(width * scale)),
    height: Math.max(1, Math.floor(height * scale)),
  };
};

/** Whether a WebGL renderer's name is a processor pretending to be a GPU: SwiftShader, Mesa's llvmpipe, Windows' fallback. */
export const isSoftwareRenderer = (name: string): boolean =>
  /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
