"""``sitegen extract``: run the per-seed stages on files and print what they found."""
from __future__ import annotations

import json
from functools import partial
from pathlib import Path

import click

from sitegen.errors import InputError
from sitegen.ingest import corpus_boilerplate, read_seed
from sitegen.markup import paragraphs_to_markdown
from sitegen.pipeline import SeedResult, process_seed
from sitegen.workers import map_in_order


def as_record(path: Path, result: SeedResult) -> dict:
    """The JSON object ``extract --json`` prints for one file."""
    page, ents = result.page, result.entities
    return {
        "path": str(path),
        "title": page.title,
        "date": page.date.isoformat() if page.date else None,
        "source": page.source,
        "url": page.url,
        "author": page.author,
        "persons": [{"name": p.name, "mentions": p.mentions} for p in ents.persons],
        "countries": [{"code": c.code, "name": c.name, "mentions": c.mentions} for c in ents.countries],
        "organizations": [{"name": o.name, "mentions": o.mentions, "aliases": o.aliases}
                          for o in ents.organizations],
        "body": paragraphs_to_markdown(page.paragraphs),
    }


def _human(record: dict) -> str:
    lines = [f"== {record['path']}", f"title:   {record['title']}", f"date:    {record['date'] or '—'}",
             f"source:  {record['source'] or '—'}", f"url:     {record['url'] or '—'}",
             f"author:  {record['author'] or '—'}"]
    for key in ("persons", "countries", "organizations"):
        items = ", ".join(f"{e['name']} ({e['mentions']})" for e in record[key]) or "—"
        lines.append(f"{key + ':':14s} {items}")
    lines += ["", record["body"], ""]
    return "\n".join(lines)


def run(files: tuple[Path, ...], as_json: bool, jobs: int) -> int:
    raws, failed = [], 0
    for path in files:
        try:
            raws.append(read_seed(path))
        except InputError as exc:
            click.echo(f"error: {exc}", err=True)
            failed += 1
    boilerplate = corpus_boilerplate(raw.text for raw in raws) if len(raws) >= 3 else frozenset()
    results = map_in_order(partial(process_seed, boilerplate=boilerplate), raws, jobs)
    for raw, result in zip(raws, results):
        if result.error:
            click.echo(f"error: {result.error}", err=True)
            failed += 1
            continue
        for warning in result.page.warnings:
            click.echo(f"warning: {raw.path}: {warning}", err=True)
        record = as_record(raw.path, result)
        click.echo(json.dumps(record, ensure_ascii=False) if as_json else _human(record))
    return 1 if failed else 0
