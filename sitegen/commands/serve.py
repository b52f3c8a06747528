"""``sitegen serve``: build, serve dist/, rebuild what each save touches and reload open pages."""
from __future__ import annotations

import dataclasses
import ipaddress
import signal
import threading
import time
from pathlib import Path

import click

from sitegen.config import Config, load_config
from sitegen.errors import ConfigError, SitegenError
from sitegen.incremental import LiveSite, Outcome
from sitegen.memory import gc_paused
from sitegen.serve.background import SearchRefresher
from sitegen.serve.livereload import reload_script
from sitegen.serve.server import Hub, SiteServer
from sitegen.serve.watcher import Debouncer, watch


def _say(message: str) -> None:
    click.echo(f"[{time.strftime('%H:%M:%S')}] {message}", err=True)


class Session:
    """One running ``serve``: the live site, its event hub and what to do with each batch of changes."""

    def __init__(self, config: Config):
        self.config = config
        self.overrides = _overrides(config)
        self.lock = threading.Lock()
        self.hub = Hub()
        self.live = LiveSite(config, extra_head=reload_script(), lock=self.lock)
        self.search = SearchRefresher(self.live.articles_in_order, self.live.write_search, self._searched,
                                      lambda message: _say(f"error: search index: {message}"), config.root)
        self.config_file = config.root.resolve() / "sitegen.toml"
        self._last_errors: list[str] = []

    def _searched(self, written: list[str], seconds: float) -> None:
        if written:
            _say(f"search index updated in {seconds:.1f}s")
            self.hub.publish("search", {"paths": written[:50]})

    def first_build(self) -> None:
        self._report(self.live.full_build())

    def on_change(self, paths: set[Path]) -> None:
        with gc_paused():  # collect after the reload event went out, not before
            self._on_change(paths)

    def _on_change(self, paths: set[Path]) -> None:
        try:
            if self.config_file in {p.resolve() for p in paths}:
                self._reconfigure()
            outcome = self.live.update(paths)
        except SitegenError as exc:
            self.live.build_error = str(exc)
            outcome = Outcome()
        except OSError as exc:  # a file vanished mid-read: the next event brings it back
            _say(f"warning: {exc}")
            return
        except Exception as exc:  # a bug must not stop the watching: rebuild everything on the next save
            _say(f"error: rebuild failed ({type(exc).__name__}: {exc}); the next save rebuilds everything")
            self.live.build_error, self.live.ready = f"rebuild failed: {type(exc).__name__}: {exc}", False
            outcome = Outcome()
        self._report(outcome or Outcome())

    def _reconfigure(self) -> None:
        try:
            config = load_config(self.config.root, **self.overrides)
        except ConfigError as exc:
            self.live.config_error = str(exc)
            return
        self.live.config_error = None
        if config != self.live.config:
            self.live.config, self.live.ready = config, False

    def _report(self, outcome: Outcome) -> None:
        errors = self.live.errors
        if errors != self._last_errors:
            for message in sorted(set(errors) - set(self._last_errors)):
                _say(f"error: {message}")
            fixed = len(set(self._last_errors) - set(errors))
            if fixed:
                _say(f"{fixed} error(s) fixed, {len(errors)} left")
            self.hub.publish("errors", {"errors": errors})
            self._last_errors = errors
        if outcome.changed:
            paths = [*outcome.written, *outcome.removed]
            _say(f"rebuilt {len(paths)} file(s) in {outcome.seconds * 1000:.0f} ms")
            self.hub.publish("reload", {"paths": paths[:50], "count": len(paths), "ms": round(outcome.seconds * 1000)})
        if outcome.search:
            self.search.request()


def _overrides(config: Config) -> dict:
    """The settings given on the command line (they win over a re-read sitegen.toml)."""
    try:
        base = load_config(config.root)
    except ConfigError:
        base = Config(root=config.root)
    return {f.name: getattr(config, f.name) for f in dataclasses.fields(Config)
            if f.name != "root" and getattr(config, f.name) != getattr(base, f.name)}


def run(config: Config, host: str, port: int) -> int:
    session = Session(config)
    _say("building…")
    session.first_build()
    try:
        server = SiteServer((host, port), config.path("out"), session.lock, session.hub, lambda: session.live.errors)
    except OSError as exc:
        click.echo(f"error: cannot listen on {host}:{port}: {exc.strerror or exc}", err=True)
        session.search.stop()
        return 2
    debouncer = Debouncer(session.on_change)
    d = session.live.dirs
    observer = watch([d["seeds"], d["content"], d["templates"]], [session.config_file], [d["out"]], debouncer)
    if not ipaddress.ip_address(_ip(host)).is_loopback:
        _say(f"warning: listening on {host}: anyone who can reach this machine can read the site")
    _say(f"serving {config.path('out')} at http://{_url_host(host)}:{server.server_address[1]}/ (Ctrl-C stops)")
    for sig in (signal.SIGINT, signal.SIGTERM):  # even when started with them ignored (in the background)
        signal.signal(sig, _interrupt)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        session.hub.close()
        observer.stop()
        debouncer.stop()
        session.search.stop()
        server.server_close()
        observer.join(timeout=5)
    _say("stopped")
    return 0


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def _ip(host: str) -> str:
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        return "127.0.0.1" if host == "localhost" else "0.0.0.0"


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
