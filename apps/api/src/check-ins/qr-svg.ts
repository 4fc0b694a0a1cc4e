import QRCode from 'qrcode';

/** A pass's QR code as an SVG document, the way every pass draws it. */
export function toQrSvg(token: string): Promise<string> {
  return QRCode.toString(token, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
