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
