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

With ``--check`` it takes no pictures: it lays each page out at each width (``--dark``
too) and lists what a reader would trip on, as measured in the browser: the page
scrolling sideways, content running off the page outside a box that scrolls, text of an
inline SVG figure under 12 px as displayed, an image shrunk below its own width, leaked
markup (doctest directives, ``--8<--``, an admonition or a cross-reference left as text),
and, to look at, table rows over 100 px tall. It exits 1 if it found any but tall rows::

    .venv/bin/python docs/_tools/screenshots.py --check [--dark] [--only thresholds]
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Final

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


# --- checks measured in the browser ---------------------------------------------------

_CHECK_JS: Final = r"""
(() => {
  const problems = [];
  const say = (kind, what, detail) => problems.push([kind, what, detail]);
  const words = (el) => (el.textContent || "").trim().replace(/\s+/g, " ").slice(0, 50);
  const article = document.querySelector("article") || document.body;
  if (document.documentElement.scrollWidth > innerWidth + 1)
    say("page-scrolls-sideways", "page", `${document.documentElement.scrollWidth} px wide`);
  const scrollBox = (el) => {
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement)
      if (["auto", "scroll", "hidden"].includes(getComputedStyle(up).overflowX)) return up;
    return null;
  };
  for (const el of article.querySelectorAll("table, svg, img, pre, p, li, div, h1, h2, h3")) {
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.right > innerWidth + 1 && !scrollBox(el))
      say("runs-off-the-page", `${el.tagName} '${words(el)}'`, `to ${Math.round(box.right)} px`);
  }
  for (const svg of article.querySelectorAll("svg")) {
    if (svg.getBoundingClientRect().width === 0) continue;
    for (const text of svg.querySelectorAll("text")) {
      const m = text.getScreenCTM();
      if (!m || !text.textContent.trim()) continue;
      const px = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(m.a, m.b);
      if (px >= 11.95) continue;
      say("small-figure-text", `'${words(text)}'`, `${px.toFixed(1)} px`);
      break;
    }
  }
  for (const img of article.querySelectorAll("img")) {
    const shown = img.getBoundingClientRect().width;
    if (img.naturalWidth > 0 && shown > 0 && shown < 0.95 * img.naturalWidth)
      say("shrunk-image", `'${img.alt}'`, `${Math.round(shown)} of ${img.naturalWidth} px`);
  }
  for (const row of article.querySelectorAll("tr")) {
    const height = row.getBoundingClientRect().height;
    if (height > 100) say("tall-row", `'${words(row)}'`, `${Math.round(height)} px`);
  }
  const text = article.innerText;
  const leaks = [
    /doctest: ?[+-]/, /<BLANKLINE>/, /--8<--/, /^(!!!|\?\?\?) /m, /\]\[[a-z][\w.-]*\]/,
  ];
  for (const leak of leaks) {
    const found = text.match(leak);
    if (!found) continue;
    const around = text.slice(Math.max(0, found.index - 30), found.index + 30);
    say("leaked-markup", `'${around.replace(/\s+/g, " ")}'`, String(leak));
  }
  const height = Math.ceil(article.getBoundingClientRect().bottom + scrollY);
  return JSON.stringify({height, problems});
})()
"""
"""Measures one page as laid out; returns JSON: the article's height and the problems found."""

_LOOK_ONLY: Final = frozenset({"tall-row"})
"""Problems reported for a look, not counted as failures (a row of prose may be tall)."""


class _DevTools:
    """Headless Chromium driven over its DevTools protocol on a pipe (file descriptors 3, 4).

    A window is at least 500 px wide in headless Chromium; the protocol's device metrics
    lay a page out at exactly the width asked, 390 px included.
    """

    def __init__(self, browser: str, profile: str) -> None:
        to_browser, self._theirs_in = os.pipe()
        self._theirs_out, from_browser = os.pipe()
        flags = " ".join(shlex.quote(flag) for flag in (*FLAGS, f"--user-data-dir={profile}"))
        script = (
            f"exec {shlex.quote(browser)} {flags} --remote-debugging-pipe about:blank "
            f"3<&{to_browser} 4>&{from_browser}"
        )
        self._process = subprocess.Popen(  # noqa: S603 (our own command line)
            ["/bin/sh", "-c", script],
            pass_fds=(to_browser, from_browser),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser)
        os.close(from_browser)
        self._pending = b""
        self._id = 0
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        attached = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})
        self._session = str(attached["sessionId"])

    def send(self, method: str, params: dict[str, Any], *, page: bool = False) -> dict[str, Any]:
        """Send one command (to the page's session if *page*) and return its result."""
        self._id += 1
        message: dict[str, Any] = {"id": self._id, "method": method, "params": params}
        if page:
            message["sessionId"] = self._session
        os.write(self._theirs_in, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self._pending:
                chunk = os.read(self._theirs_out, 1 << 20)
                if not chunk:
                    raise RuntimeError("the browser closed its DevTools pipe")
                self._pending += chunk
            raw, self._pending = self._pending.split(b"\0", 1)
            answer = json.loads(raw)
            if answer.get("id") == self._id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return dict(answer["result"])

    def measure(self, url: str, width: int, *, dark: bool) -> dict[str, Any]:
        """Lay *url* out *width* px wide (in the dark scheme if *dark*) and run the checks."""
        scheme = [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]
        self.send("Emulation.setEmulatedMedia", {"features": scheme}, page=True)
        metrics = {"width": width, "height": 1000, "deviceScaleFactor": 1, "mobile": False}
        self.send("Emulation.setDeviceMetricsOverride", metrics, page=True)
        self.send("Page.navigate", {"url": url}, page=True)
        for _ in range(40):  # the page's scripts (tables wrapped in scroll boxes) settle
            time.sleep(0.25)
            ready = self.send(
                "Runtime.evaluate",
                {"expression": "document.readyState", "returnByValue": True},
                page=True,
            )
            if ready["result"].get("value") == "complete":
                break
        time.sleep(0.5)
        found = self.send(
            "Runtime.evaluate", {"expression": _CHECK_JS, "returnByValue": True}, page=True
        )
        return dict(json.loads(found["result"]["value"]))

    def close(self) -> None:
        """Close the pipe and end the browser this object started."""
        os.close(self._theirs_in)
        os.close(self._theirs_out)
        self._process.terminate()
        self._process.wait(timeout=30)


def check(site: Path, browser: str, names: Sequence[str], *, dark: bool) -> int:
    """Measure every page of *site* at each width; print the problems; count the failures."""
    failures = 0
    with tempfile.TemporaryDirectory() as profile, serve(site) as port:
        tools = _DevTools(browser, profile)
        try:
            for name, path in pages(site):
                if names and name not in names:
                    continue
                for width in WIDTHS:
                    found = tools.measure(f"http://127.0.0.1:{port}/{path}", width, dark=dark)
                    for kind, what, detail in found["problems"]:
                        print(f"{name} at {width} px: {kind}: {what} ({detail})")
                        failures += kind not in _LOOK_ONLY
        finally:
            tools.close()
    return failures


def main(argv: list[str] | None = None) -> int:
    """Build (or take) the site; render every page at each width, or check its layout."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one)")
    parser.add_argument("--out", type=Path, help="folder for the PNGs (default: a new one)")
    parser.add_argument("--height", type=int, default=24000, help="window height in px")
    parser.add_argument("--browser", default=shutil.which("chromium") or "chromium")
    parser.add_argument("--only", nargs="*", default=(), help="page names to render")
    parser.add_argument(
        "--dark", action="store_true", help="prefer the dark scheme (PNGs named ...-dark.png)"
    )
    parser.add_argument(
        "--check", action="store_true", help="measure the layout and list problems, no PNGs"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        site = args.site
        if site is None:
            site = Path(scratch) / "site"
            build(site)
        if args.check:
            failures = check(site, args.browser, args.only, dark=args.dark)
            print(f"{failures} problem(s) besides tall rows")
            return 1 if failures else 0
        return _screenshots(site, args)


def _screenshots(site: Path, args: argparse.Namespace) -> int:
    """Render every page of *site* (or those of ``--only``) into PNGs; 1 if one failed."""
    out = args.out or Path(tempfile.mkdtemp(prefix="magnesium-screenshots-"))
    out.mkdir(parents=True, exist_ok=True)
    browser = [args.browser, *FLAGS, *(["--force-dark-mode"] if args.dark else [])]
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
