"""Draw the application icon with QPainter: commune_desk/resources/icons/commune_desk.png and .ico.

Run from the repository root: ``.venv/bin/python scripts/make_icon.py``. The icon is vector
drawn at every size (no scaling blur): a blue rounded tile, a white paper slip with text lines
and a red round seal, i.e. "a dossier received at the one-stop desk". The .ico holds
16, 24, 32, 48, 64 and 128 px as 32-bit DIBs (what every Windows tool reads) and 256 px as PNG.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parent.parent
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIZE = 256

BLUE = QColor("#1F4E9A")
BLUE_DARK = QColor("#163A74")
PAPER = QColor("#FFFFFF")
LINE = QColor("#9AA8BF")
SEAL = QColor("#C8102E")


def draw(size: int) -> QImage:
    """The icon at ``size`` x ``size`` pixels, ARGB32 premultiplied, transparent corners."""
    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    s = float(size)

    # Blue rounded tile.
    margin = s * 0.03
    tile = QRectF(margin, margin, s - 2 * margin, s - 2 * margin)
    p.setPen(Qt.PenStyle.NoPen)
    outline = QPainterPath()
    outline.addRoundedRect(tile, s * 0.18, s * 0.18)
    p.setBrush(QBrush(BLUE))
    p.drawPath(outline)
    p.setClipPath(outline)  # the darker desk edge follows the tile's rounded corners
    p.setBrush(QBrush(BLUE_DARK))
    p.drawRect(QRectF(0, s * 0.80, s, s * 0.20))
    p.setClipping(False)

    # White slip with a folded corner.
    left, top, right, bottom = s * 0.24, s * 0.14, s * 0.76, s * 0.84
    fold = s * 0.14
    slip = QPainterPath()
    slip.moveTo(left, top)
    slip.lineTo(right - fold, top)
    slip.lineTo(right, top + fold)
    slip.lineTo(right, bottom)
    slip.lineTo(left, bottom)
    slip.closeSubpath()
    p.setBrush(QBrush(PAPER))
    p.drawPath(slip)
    corner = QPainterPath()
    corner.moveTo(right - fold, top)
    corner.lineTo(right - fold, top + fold)
    corner.lineTo(right, top + fold)
    corner.closeSubpath()
    p.setBrush(QBrush(LINE))
    p.drawPath(corner)

    # Text lines (skipped at 16 px where they would only be grey mush).
    if size >= 24:
        pen = QPen(LINE)
        pen.setWidthF(max(1.0, s * 0.035))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        x0, x1 = left + s * 0.07, right - s * 0.07
        for i, y in enumerate((0.34, 0.43, 0.52)):
            end = x1 if i else right - fold - s * 0.03
            p.drawLine(QPointF(x0, s * y), QPointF(end, s * y))
        p.setPen(Qt.PenStyle.NoPen)

    # Red seal, bottom right of the slip.
    radius = s * 0.13
    centre = QPointF(right - s * 0.12, bottom - s * 0.14)
    p.setBrush(QBrush(SEAL))
    p.drawEllipse(centre, radius, radius)
    if size >= 32:
        ring = QPen(PAPER)
        ring.setWidthF(max(1.0, s * 0.02))
        p.setPen(ring)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(centre, radius * 0.68, radius * 0.68)
    p.end()
    return img


def png_bytes(img: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not img.save(buf, "PNG"):
        raise RuntimeError("Qt could not encode PNG")
    buf.close()
    return bytes(data.data())


def dib_bytes(img: QImage) -> bytes:
    """A 32-bit BGRA DIB as an .ico entry: header (double height), bottom-up pixels, AND mask."""
    img = img.convertToFormat(QImage.Format.Format_ARGB32)  # straight alpha, BGRA in memory
    w, h = img.width(), img.height()
    header = struct.pack("<IiiHHIIiiII", 40, w, h * 2, 1, 32, 0, w * h * 4, 0, 0, 0, 0)
    stride = img.bytesPerLine()
    raw = bytes(img.constBits())[: stride * h]
    rows = [raw[y * stride : y * stride + w * 4] for y in range(h)]
    pixels = b"".join(reversed(rows))
    mask_stride = ((w + 31) // 32) * 4
    mask = bytes(mask_stride * h)  # all zero: the alpha channel decides transparency
    return header + pixels + mask


def ico_bytes(images: list[QImage]) -> bytes:
    """An .ico file holding every image; 256 px as PNG, smaller sizes as DIB."""
    entries = [png_bytes(i) if i.width() >= 256 else dib_bytes(i) for i in images]
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for img, data in zip(images, entries, strict=True):
        dim = 0 if img.width() >= 256 else img.width()  # 0 means 256 in the directory
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(entries)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Draw commune_desk/resources/icons/commune_desk.{png,ico}.")
    parser.add_argument("--out", type=Path, default=ROOT / "commune_desk" / "resources" / "icons")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    args.out.mkdir(parents=True, exist_ok=True)
    png = args.out / "commune_desk.png"
    ico = args.out / "commune_desk.ico"
    png.write_bytes(png_bytes(draw(PNG_SIZE)))
    ico.write_bytes(ico_bytes([draw(n) for n in ICO_SIZES]))
    print(f"{png} ({png.stat().st_size} B), {ico} ({ico.stat().st_size} B)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
