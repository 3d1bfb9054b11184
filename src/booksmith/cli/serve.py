"""`booksmith serve`: build, then show the book in a browser and refresh it on every save.

The server listens first (so a taken port is said at once, before any build), then the watch loop
builds and rebuilds as `booksmith watch` does; each outcome is handed to the server, which tells the
open page. A failed build leaves `dist/` as it was, so the page keeps the last good edition and shows
the failure above it, word for word as the terminal printed it. Ctrl-C stops the loop, then the server.
"""

from __future__ import annotations

import ipaddress
import logging
import sys
from collections.abc import Callable
from typing import Any

from ..errors import BooksmithError, warn
from ..pipeline import BuildOptions
from ..serve.edition import read_edition
from ..serve.server import Preview, PreviewServer
from .watch import watch

log = logging.getLogger("booksmith")
LOOPBACK = "127.0.0.1"
SERVE_INTERVAL = 0.1  # seconds between looks at the files: a save shows within a fraction of a second


class ServeError(BooksmithError):
    """The server could not start (the port is taken, the address is not this machine's)."""

    exit_code = 64  # as for a wrong command line: another --port or --host is the fix


def serve(
    options: BuildOptions,
    build: Callable[[BuildOptions], Any],
    *,
    host: str | None,
    port: int,
    debug: bool = False,
    interval: float = SERVE_INTERVAL,
) -> int:
    preview = Preview()
    server = _listen(host or LOOPBACK, port, preview, any_host=host is not None)
    if host is not None and not _is_loopback(host):
        warn(
            f"serving on {host}: anyone who can reach this machine on port {server.server_address[1]} can read the book"
        )
    edition = read_edition(options.out, 0)  # an earlier build's pages, shown while the first build runs
    preview.built(edition, None)
    server.serve_in_background()
    print(f"booksmith: the preview is at {server.address} (Ctrl-C stops)", file=sys.stderr, flush=True)

    def building(options: BuildOptions) -> Any:
        preview.started_building()
        return build(options)

    def told(failure: str | None) -> None:
        fresh = read_edition(options.out, preview.build) if failure is None else None
        preview.built(fresh, failure)

    try:
        return watch(options, building, interval=interval, debug=debug, told=told)
    finally:
        server.stop()
        if preview.edition is not None:
            preview.edition.close()


def _listen(host: str, port: int, preview: Preview, any_host: bool) -> PreviewServer:
    try:
        return PreviewServer(host, port, preview, any_host)
    except OSError as err:
        hint = (
            "--port N chooses another (0: any free one)" if err.errno == 98 else "--host names this machine's address"
        )
        raise ServeError(f"cannot listen on {host}:{port}: {err.strerror or err}", hint=hint) from None


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"
