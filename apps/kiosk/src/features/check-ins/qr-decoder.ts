import jsQR from 'jsqr';

/** What a canvas `getImageData()` returns: RGBA bytes, row by row. */
export type ImageDataLike = { data: Uint8ClampedArray; width: number; height: number };

/** A rectangle of a frame, in its pixels. */
type FrameArea = { left: number; top: number; width: number; height: number };

// The fast pass reads the centred square (the viewfinder is drawn there) with about this many pixels a side.
const centreSide = 400;
// The fallback reads the whole frame with at most this many pixels on its longest side, as the kiosk always did.
const wholeFrameSide = 640;

/**
 * The text of the QR code seen in the frame, or null when there is none (or it cannot be read).
 * jsQR's work grows with the pixels it is given: the centred square, sampled down, is a seventh of a
 * 1280×720 frame's pixels and holds the code a person shows to the viewfinder; a code elsewhere in
 * the frame is read by the second pass, on the whole frame.
 */
export function decodeQrFromImageData(frame: ImageDataLike): string | null {
  const side = Math.min(frame.width, frame.height);
  const centre = {
    left: Math.floor((frame.width - side) / 2),
    top: Math.floor((frame.height - side) / 2),
    width: side,
    height: side,
  };
  // Shifted by half a step, this pass samples other columns than the first one did: a code whose
  // modules fall badly on one grid of samples (5 pixels a module, one pixel in 2) falls well on the other.
  const wholeStep = Math.ceil(Math.max(frame.width, frame.height) / wholeFrameSide);
  const shift = Math.floor(wholeStep / 2);
  const whole = { left: shift, top: 0, width: frame.width - shift, height: frame.height };
  return (
    decodeArea(frame, centre, Math.ceil(side / centreSide)) ?? decodeArea(frame, whole, wholeStep)
  );
}

function decodeArea(frame: ImageDataLike, area: FrameArea, step: number): string | null {
  const image = sampleArea(frame, area, step);
  // Passes are dark on light (paper or phone screen): skipping the inverted pass halves the work per frame.
  const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
  return code === null || code.data === '' ? null : code.data;
}

/**
 * One pixel in `step` along each axis, copied whole: averaging blurs the modules' edges into grey
 * that jsQR's finder patterns then miss, where a plain sample keeps them sharp.
 */
function sampleArea(frame: ImageDataLike, area: FrameArea, step: number): ImageDataLike {
  const isWholeFrame = area.width === frame.width && area.height === frame.height; // step 1: no shift
  if (step === 1 && isWholeFrame) return frame;
  const width = Math.floor(area.width / step);
  const height = Math.floor(area.height / step);
  // Four bytes a pixel read as one number; a view that does not start on a multiple of 4 is copied first.
  const bytes = frame.data.byteOffset % 4 === 0 ? frame.data : frame.data.slice();
  const pixels = new Uint32Array(bytes.buffer, bytes.byteOffset, frame.width * frame.height);
  const data = new Uint8ClampedArray(width * height * 4);
  const sampled = new Uint32Array(data.buffer);
  for (let y = 0; y < height; y++) {
    const source = (area.top + y * step) * frame.width + area.left;
    const target = y * width;
    // In bounds: the area lies inside the frame.
    for (let x = 0; x < width; x++) sampled[target + x] = pixels[source + x * step]!;
  }
  return { data, width, height };
}
