"""``sitegen build``: seeds → content → dist."""
from __future__ import annotations

import sys

import click
from tqdm import tqdm

from sitegen.build import build
from sitegen.config import Config


def _progress(label: str, total: int):
    bar = tqdm(total=total, desc=label, unit="page", disable=total < 200 or not sys.stderr.isatty(),
               leave=False, file=sys.stderr)
    return bar.update


def run(config: Config) -> int:
    report = build(config, progress=_progress)
    for message in report.warnings:
        click.echo(f"warning: {message}", err=True)
    for message in report.failures:
        click.echo(f"error: {message}", err=True)
    content = ", ".join(f"{n} {what}" for what, n in report.content.items() if n)
    stages = ", ".join(f"{name} {seconds:.1f}s" for name, seconds in report.timings.items())
    click.echo(
        f"Built {report.articles} articles, {report.pages} pages into {config.path('out')} "
        f"in {report.seconds:.1f}s ({len(report.warnings)} warnings, {len(report.failures)} errors)\n"
        f"  content pages: {content or 'none'}\n"
        f"  stages: {stages}"
    )
    return 0 if report.ok else 1
