"""Shared fixtures: a throw-away project made from the real seeds."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
FACTRU = REPO.parent / "shared" / "data" / "factru-dev"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder with the five seeds and nothing else (built-in templates)."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    return tmp_path


def run_sitegen(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run the real CLI in a subprocess, as a user would."""
    return subprocess.run([sys.executable, "-m", "sitegen", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The five seeds built once into dist/ (read-only for the tests that use it)."""
    root = tmp_path_factory.mktemp("site")
    shutil.copytree(SEEDS, root / "seeds")
    result = run_sitegen("build", cwd=root)
    assert result.returncode == 0, result.stderr
    return root


def gold_articles(n: int, extras: bool = False) -> list:
    """``n`` articles over the factRuEval texts' gold people and countries; shared dates, some undated.

    ``extras``: people also get roles and aliases, and each article an organisation."""
    import json
    from datetime import date, timedelta

    from sitegen.entities.cldr import resolve_country
    from sitegen.model import Article, Organization, Person

    gold = json.loads((FACTRU / "gold.json").read_text(encoding="utf-8"))
    docs = [gold[k] for k in sorted(gold)]
    articles = []
    for i in range(n):
        doc = docs[(i * 7) % len(docs)]
        names = [" ".join([*p.get("firstnames", [])[:1], *p.get("lastnames", [])[:1]]) for p in doc["persons"]]
        countries = [c for c in (resolve_country(code) for code in doc.get("countries", [])) if c]
        persons = [Person(name, role="министр" if extras and i % 3 == 0 else None,
                          aliases=[name.split()[-1]] if extras else [])
                   for name in names[: 1 + i % 5] if name.strip()]
        articles.append(Article(
            id=f"r{i:04d}", slug=f"r{i:04d}", title=f"Статья {i % 37}", body="Текст.",
            date=None if i % 50 == 0 else date(2021, 1, 1) + timedelta(days=i % 90),
            persons=persons, countries=countries[:3],
            organizations=[Organization(["ООН", "ОДКБ", "ШОС"][i % 3])] if extras else []))
    return articles
