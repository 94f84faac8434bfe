"""Drive headless Chromium over the DevTools protocol (aiohttp's WebSocket client; no extra
dependency), and decode its PNG screenshots to check that chart areas are not blank."""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import re
import struct
import subprocess
import zlib
from pathlib import Path
from typing import Any

import aiohttp
import numpy as np

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class Browser:
    """One headless Chromium with one page; `async with Browser(path, profile) as b: ...`."""

    def __init__(self, chromium: str, profile: Path, width: int = 1600, height: int = 1400) -> None:
        self.cmd = [chromium, *CHROMIUM_FLAGS, "--remote-debugging-port=0", f"--user-data-dir={profile}",
                    f"--window-size={width},{height}", "--hide-scrollbars", "about:blank"]
        self.width, self.height = width, height
        self._ids = itertools.count(1)
        self._events: list[dict[str, Any]] = []

    async def __aenter__(self) -> Browser:
        self.proc = subprocess.Popen(self.cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        ws_url = await asyncio.to_thread(self._devtools_url)
        port = re.search(r":(\d+)/", ws_url).group(1)  # type: ignore[union-attr]
        self.http = aiohttp.ClientSession()
        async with self.http.get(f"http://127.0.0.1:{port}/json/list") as r:
            page = next(t for t in await r.json() if t["type"] == "page")
        self.ws = await self.http.ws_connect(page["webSocketDebuggerUrl"], max_msg_size=64 * 2**20)
        await self.send("Page.enable")
        await self.send("Emulation.setDeviceMetricsOverride", width=self.width, height=self.height,
                        deviceScaleFactor=1, mobile=False)
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.ws.close()
        await self.http.close()
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()

    def _devtools_url(self) -> str:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            if "DevTools listening on" in line:
                return line.split("on", 1)[1].strip()
        raise RuntimeError("Chromium exited before opening its DevTools port")

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        msg_id = next(self._ids)
        await self.ws.send_json({"id": msg_id, "method": method, "params": params})
        while True:
            msg = json.loads((await asyncio.wait_for(self.ws.receive(), 60)).data)
            if msg.get("id") == msg_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self._events.append(msg)

    async def wait_event(self, method: str, timeout: float = 60) -> dict[str, Any]:
        for i, ev in enumerate(self._events):
            if ev.get("method") == method:
                return self._events.pop(i)
        while True:
            msg = json.loads((await asyncio.wait_for(self.ws.receive(), timeout)).data)
            if msg.get("method") == method:
                return msg
            self._events.append(msg)

    async def goto(self, url: str) -> None:
        self._events.clear()
        await self.send("Page.navigate", url=url)
        await self.wait_event("Page.loadEventFired")

    async def js(self, expression: str) -> Any:
        """Evaluate in the page (DevTools evaluation, not page script: the page's CSP allows none)."""
        result = await self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    async def screenshot(self, path: Path, clip: dict[str, float] | None = None, scale: float = 1.0) -> bytes:
        params: dict[str, Any] = {"format": "png", "captureBeyondViewport": True}
        if clip is not None:
            params["clip"] = {**clip, "scale": scale}
        data = base64.b64decode((await self.send("Page.captureScreenshot", **params))["data"])
        path.write_bytes(data)
        return data


def decode_png(data: bytes) -> np.ndarray:
    """RGBA/RGB 8-bit PNG -> HxWxC uint8 array (enough of the format for Chromium's screenshots)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and ctype in (2, 6) and interlace == 0, (depth, ctype, interlace)
            channels = 4 if ctype == 6 else 3
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = np.frombuffer(zlib.decompress(idat), dtype=np.uint8).reshape(height, 1 + width * channels)
    out = np.zeros((height, width * channels), dtype=np.int32)
    prev = np.zeros(width * channels, dtype=np.int32)
    for y in range(height):
        f, line = raw[y, 0], raw[y, 1:].astype(np.int32)
        if f == 0:
            cur = line
        elif f == 2:
            cur = (line + prev) & 255
        else:  # Sub, Average, Paeth depend on the pixel to the left: per pixel
            cur = np.zeros_like(line)
            for x in range(len(line)):
                a = cur[x - channels] if x >= channels else 0
                b = prev[x]
                c = prev[x - channels] if x >= channels else 0
                if f == 1:
                    pred = a
                elif f == 3:
                    pred = (a + b) >> 1
                else:
                    p = a + b - c
                    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                cur[x] = (line[x] + pred) & 255
        out[y] = cur
        prev = cur
    return out.reshape(height, width, channels).astype(np.uint8)


def coloured_fraction(img: np.ndarray) -> float:
    """Share of pixels that are saturated colour (chart marks), not white/grey background or text."""
    rgb = img[..., :3].astype(np.int32)
    spread = rgb.max(axis=2) - rgb.min(axis=2)
    return float((spread > 60).mean())


async def whole_page(b: Browser, path: Path) -> np.ndarray:
    """The whole page at a fifth of its size, saved to `path` (decoding a full-size PNG here is slow)."""
    size = await b.js("({width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight})")
    return decode_png(await b.screenshot(path, clip={"x": 0, "y": 0, **size}, scale=0.2))


def page_ink(img: np.ndarray) -> tuple[float, float]:
    """(grey-level spread, coloured share) of a screenshot: a blank page is ~(0, 0)."""
    return float(img[..., :3].astype(float).mean(axis=2).std()), coloured_fraction(img)
