/** A QR code as an SVG path over a square of `size` modules: drawn on this device, never by an outside service. */
export interface QrPath {
  readonly size: number;
  readonly d: string;
}

/** The QR code of `text` (error correction M: still readable from the back of a room with glare). */
export const qrPath = async (text: string): Promise<QrPath> => {
  const { create } = await import('qrcode');
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  let d = '';
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) if (modules.get(x, y)) d += `M${x} ${y}h1v1h-1z`;
  return { size, d };
};
