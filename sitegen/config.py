"""Settings with built-in defaults, optionally overridden by ``sitegen.toml``."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from sitegen.errors import ConfigError

PACKAGE_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Config:
    root: Path = Path(".")
    seeds: Path = Path("seeds")
    content: Path = Path("content")
    out: Path = Path("dist")
    templates: Path = Path("templates")
    site_title: str = "Дайджест: внешняя политика Казахстана"
    site_description: str = "Новости о внешней политике Казахстана, очищенные и собранные в один дайджест."
    base_url: str = ""
    language: str = "ru"
    jobs: int = 0  # 0: one worker per core

    def path(self, name: str) -> Path:
        """A configured directory, resolved against the project root."""
        value = getattr(self, name)
        return value if value.is_absolute() else self.root / value

    @property
    def templates_dir(self) -> Path:
        """The project's templates, or the built-in ones when it has none."""
        own = self.path("templates")
        return own if own.is_dir() else PACKAGE_ROOT / "templates"


_PATH_KEYS = {"seeds", "content", "out", "templates"}
_KEYS = {f.name for f in fields(Config)} - {"root"}
_ALIASES = {"title": "site_title", "description": "site_description"}
_TYPE_NAMES = {str: "string", int: "whole number", bool: "true/false"}


def load_config(root: Path = Path("."), file: Path | None = None, **overrides) -> Config:
    """Defaults, then ``sitegen.toml`` (if present), then command-line overrides."""
    root = Path(root)
    config = Config(root=root)
    if file is not None and not file.is_file():
        raise ConfigError(f"{file}: settings file not found")
    file = file or root / "sitegen.toml"
    values: dict = {}
    if file.exists():
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{file}: {exc}") from None
        data = {**data.pop("site", {}), **data}
        unknown = sorted(set(data) - _KEYS - set(_ALIASES))
        if unknown:
            raise ConfigError(f"{file}: unknown setting(s): {', '.join(unknown)}")
        for key, value in data.items():
            name = _ALIASES.get(key, key)
            expected = str if name in _PATH_KEYS else type(getattr(config, name))
            if not isinstance(value, expected) or isinstance(value, bool) != (expected is bool):
                raise ConfigError(f"{file}: '{key}' must be a {_TYPE_NAMES[expected]}, not {value!r}")
            values[name] = value
    values.update({k: v for k, v in overrides.items() if v is not None})
    for key in _PATH_KEYS & set(values):
        values[key] = Path(values[key])
    return replace(config, **values)
