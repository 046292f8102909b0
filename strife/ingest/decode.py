"""Bytes to text for every source format: UTF-8 first, then a detected charset, else a reason to skip."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

# charset-normalizer's "chaos" (mess ratio) above which a detected decoding is not trusted.
MAX_CHAOS = 0.2
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


@dataclass(frozen=True)
class Decoded:
    """Either the decoded text (with the encoding used) or why the bytes could not be read as text."""

    text: str | None
    encoding: str | None = None
    problem: str | None = None


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode `data`: BOM, then the declared charset, then UTF-8, then charset-normalizer's best reliable guess."""
    if not data.strip():
        return Decoded(None, problem="empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _try(data, encoding) or Decoded(None, problem=f"invalid {encoding} after byte-order mark")
    if b"\x00" in data:
        return Decoded(None, problem="binary content (NUL bytes)")
    for encoding in (declared, "utf-8"):
        if encoding:
            decoded = _try(data, encoding)
            if decoded is not None:
                return decoded
    lossy = _mostly_utf8(data)
    if lossy is not None:
        return lossy
    best = from_bytes(data).best()
    if best is None:
        return Decoded(None, problem="binary or undecodable content (no text encoding fits)")
    if best.chaos > MAX_CHAOS:
        return Decoded(None, problem=f"unreliable text decoding ({best.encoding}, mess ratio {best.chaos:.2f})")
    return Decoded(str(best), encoding=best.encoding)


def html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag within its first 4 KB, if any."""
    m = _META_CHARSET.search(data[:4096])
    if m is None:
        return None
    name = m.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few broken bytes (a scrape cut mid-character) decodes with U+FFFD for those bytes only.

    Accepted when valid multi-byte characters outnumber the broken ones 3 to 1, so that a Latin-1 or cp1252 file
    (whose accented bytes are never valid UTF-8) still goes to charset detection.
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    valid = sum(1 for ch in text if ord(ch) > 0x7F) - broken
    if broken <= max(1, len(text) // 1000) and valid >= 3 * broken:
        return Decoded(text, encoding="utf-8 (with replacements)")
    return None


def _try(data: bytes, encoding: str) -> Decoded | None:
    try:
        return Decoded(data.decode(encoding), encoding=encoding)
    except (UnicodeDecodeError, LookupError):
        return None
