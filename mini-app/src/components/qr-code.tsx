import { useMemo } from 'react';
import { renderSVG } from 'uqr';

/** A QR code as an image (SVG drawn by uqr), with a text alternative. */
export function QrCode({ value, label }: { value: string; label: string }) {
  const src = useMemo(() => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(value, { border: 2 }))}`, [value]);
  return <img className="qr" src={src} alt={label} />;
}
