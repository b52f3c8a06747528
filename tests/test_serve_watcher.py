"""The watcher turns an editor's burst of file events into one batch, without temporary files."""
from __future__ import annotations

import os
import queue
from pathlib import Path

from sitegen.serve.watcher import Debouncer, is_junk, watch


def test_a_burst_of_saves_becomes_one_batch_of_real_files(tmp_path: Path):
    content, out = tmp_path / "content", tmp_path / "content" / "dist"
    content.mkdir()
    out.mkdir()
    page = content / "a.md"
    page.write_text("old", encoding="utf-8")
    batches: queue.Queue = queue.Queue()
    debouncer = Debouncer(batches.put, quiet=0.2, max_wait=2.0)
    observer = watch([content], [tmp_path / "sitegen.toml"], [out], debouncer)
    try:
        for i in range(5):  # write a swap file, rename it over the page, leave a backup: five times
            swap = content / ".a.md.swp"
            swap.write_text(f"new {i}", encoding="utf-8")
            os.replace(swap, page)
            (content / "a.md~").write_text("backup", encoding="utf-8")
            (out / "index.html").write_text("built", encoding="utf-8")
        batch = batches.get(timeout=30)
        assert batch == {page.resolve()}
        settings = (tmp_path / "sitegen.toml").resolve()
        settings.write_text('title = "x"\n', encoding="utf-8")
        while settings not in (batch := batches.get(timeout=30)):  # a late straggler of the burst at most
            assert batch == {page.resolve()}
        assert batch == {settings}
    finally:
        observer.stop()
        debouncer.stop()
        observer.join(timeout=5)


def test_junk_names():
    assert all(is_junk(Path(n)) for n in [".a.md.swp", "a.md~", "4913", "#a.md#", ".dist.tmp", "a.tmp"])
    assert not any(is_junk(Path(n)) for n in ["a.md", "base.html", "seed.txt", "sitegen.toml"])
