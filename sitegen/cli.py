"""The command line: parse arguments, call one command, turn errors into messages and exit codes."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from sitegen import __version__
from sitegen.config import load_config
from sitegen.errors import SitegenError

_path = click.Path(path_type=Path)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sitegen")
def cli():
    """Turn scraped Russian news pages into a clean, searchable static digest."""


def _common(fn):
    for option in reversed([
        click.option("--root", type=_path, default=Path("."), show_default=True, help="Project folder."),
        click.option("--config", "config_file", type=_path, default=None, help="Settings file (default: ROOT/sitegen.toml)."),
        click.option("--seeds", type=_path, default=None, help="Raw pages folder (default: seeds/)."),
        click.option("--content", type=_path, default=None, help="Content pages folder (default: content/)."),
        click.option("--out", type=_path, default=None, help="Output folder (default: dist/)."),
        click.option("--templates", type=_path, default=None, help="Templates folder (default: templates/)."),
        click.option("--jobs", "-j", type=int, default=None, help="Worker processes (default: one per core)."),
    ]):
        fn = option(fn)
    return fn


@cli.command()
@_common
def build(root, config_file, **overrides):
    """Build the digest: seeds/ → content/ → dist/."""
    from sitegen.commands import build as command

    sys.exit(command.run(load_config(root, config_file, **overrides)))


@cli.command()
@click.argument("files", nargs=-1, required=True, type=_path)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--jobs", "-j", type=int, default=0, help="Worker processes (default: one per core).")
def extract(files, as_json, jobs):
    """Clean FILES and print their metadata, entities and body."""
    from sitegen.commands import extract as command

    sys.exit(command.run(files, as_json, jobs))


@cli.command()
@_common
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (another only when asked).")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
def serve(root, config_file, host, port, **overrides):
    """Build, serve dist/ and rebuild on every change, reloading open pages."""
    from sitegen.commands import serve as command

    sys.exit(command.run(load_config(root, config_file, **overrides), host, port))


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except SitegenError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
