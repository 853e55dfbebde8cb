"""Screenshots of every documentation page as a reader sees them, at 1280 and 390 px.

Builds the site with MkDocs (or takes a built one), serves it on a free localhost port and
renders each page in headless Chromium (Debian's ``chromium`` package; ``--browser`` names
another) at a desktop and a phone width, one PNG per page and width. Run it before a release
and look at the pictures: clipped columns, text too small in a figure, leaked markup. It is a
tool to run on demand, not a test (it needs a browser).

Usage, from the project root::

    .venv/bin/python docs/_tools/screenshots.py [--site DIR] [--out DIR] [--height PX]

The PNGs go to ``--out`` (a new temporary folder by default, printed at the end), named
``<page>-<width>.png`` (``home-1280.png``, ``reference_units-390.png``); with ``--dark`` the
browser prefers the dark colour scheme (``home-1280-dark.png``). A page taller than
``--height`` (default 24000 px) is cut there.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

WIDTHS = (1280, 390)
ROOT = Path(__file__).resolve().parents[2]
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
)


def build(site: Path) -> None:
    """Build the documentation into *site* with the MkDocs of this interpreter."""
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)]
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(command, cwd=ROOT, env=environment, check=True)  # noqa: S603 (our own command)


def pages(site: Path) -> Iterator[tuple[str, str]]:
    """Each page of *site* as (name for its PNG, path in the URL), in path order."""
    for index in sorted(site.rglob("index.html")):
        relative = index.relative_to(site).parent.as_posix()
        if relative == ".":
            yield "home", ""
        else:
            yield relative.replace("/", "_"), f"{relative}/"


@contextlib.contextmanager
def serve(site: Path) -> Iterator[int]:
    """Serve *site* on a free localhost port for the duration of the block; yield the port."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *_: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(site))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield server.server_address[1]
        finally:
            server.shutdown()


def shoot(browser: list[str], url: str, png: Path, window: tuple[int, int]) -> bool:
    """Render *url* in a *window* (width, height) into *png*; whether it worked.

    *browser* is the command and its flags; each run gets a throw-away profile.
    """
    with tempfile.TemporaryDirectory() as profile:
        command = [
            *browser,
            f"--user-data-dir={profile}",
            f"--window-size={window[0]},{window[1]}",
            f"--screenshot={png}",
            url,
        ]
        try:
            subprocess.run(command, capture_output=True, timeout=120, check=True)  # noqa: S603
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
            return False
    return png.exists()


def main(argv: list[str] | None = None) -> int:
    """Build (or take) the site, render every page at each width, print where the PNGs are."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one)")
    parser.add_argument("--out", type=Path, help="folder for the PNGs (default: a new one)")
    parser.add_argument("--height", type=int, default=24000, help="window height in px")
    parser.add_argument("--browser", default=shutil.which("chromium") or "chromium")
    parser.add_argument("--only", nargs="*", default=(), help="page names to render")
    parser.add_argument(
        "--dark", action="store_true", help="prefer the dark scheme (PNGs named ...-dark.png)"
    )
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="magnesium-screenshots-"))
    out.mkdir(parents=True, exist_ok=True)
    browser = [args.browser, *FLAGS, *(["--force-dark-mode"] if args.dark else [])]
    with tempfile.TemporaryDirectory() as scratch:
        site = args.site
        if site is None:
            site = Path(scratch) / "site"
            build(site)
        failed = 0
        with serve(site) as port:
            for name, path in pages(site):
                if args.only and name not in args.only:
                    continue
                for width in WIDTHS:
                    png = out / f"{name}-{width}{'-dark' if args.dark else ''}.png"
                    url = f"http://127.0.0.1:{port}/{path}"
                    if not shoot(browser, url, png, (width, args.height)):
                        print(f"failed: {path or '/'} at {width} px", file=sys.stderr)
                        failed += 1
    print(f"screenshots in {out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
