"""Bytes to text: charset detection, BOM and line-ending normalisation."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from charset_normalizer import from_bytes

from sitegen.errors import InputError
from sitegen.model import RawPage

_CYRILLIC_CODECS = ("utf_8", "cp1251", "koi8_r", "mac_cyrillic", "cp866", "iso8859_5")


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """Decode ``data`` to text; return ``(text, encoding)`` or raise InputError."""
    if not data.strip():
        raise InputError(path, "file is empty")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(path, "binary file, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data, encoding = data[3:], "utf_8"
    else:
        try:
            data.decode("utf-8")
            encoding = "utf_8"
        except UnicodeDecodeError:
            best = from_bytes(data, cp_isolation=list(_CYRILLIC_CODECS)).best() or from_bytes(data).best()
            if best is None:
                raise InputError(path, "cannot detect the text encoding (binary file?)") from None
            encoding = best.encoding
    text = data.decode(encoding, errors="replace")
    if _looks_binary(text):
        raise InputError(path, "binary file, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def _looks_binary(text: str) -> bool:
    """Many control characters or replacement marks mean this was never text."""
    sample = text[:8192]
    return len(_NOT_TEXT.findall(sample)) > max(8, len(sample) // 50)


def read_seed(path: Path) -> RawPage:
    """Read one seed file from disk."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror}") from None
    text, encoding = decode(data, path)
    return RawPage(path=path, text=text, digest=hashlib.sha256(data).hexdigest(), encoding=encoding)
