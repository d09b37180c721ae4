"""A Bot API transport on aiohttp, behind python-telegram-bot's public ``BaseRequest`` interface.

:class:`AiohttpRequest` is a drop-in for PTB's ``HTTPXRequest``: the same defaults (5 s connect, read and
write, 1 s to wait for a free connection, 20 s to write an upload, 256 connections), the same proxy
variables (``HTTPS_PROXY``, ``HTTP_PROXY`` and ``ALL_PROXY``, with ``NO_PROXY``; loopback addresses never
go through a proxy) and the same errors (:class:`~telegram.error.TimedOut` for timeouts,
:class:`~telegram.error.NetworkError` for the rest; ``BaseRequest`` turns Telegram's answers into
``BadRequest``, ``Forbidden``, ``RetryAfter`` and the others).  It costs about a quarter of httpx's CPU
per request, which is most of what a reply costs.

:func:`install_event_loop_policy` makes asyncio use uvloop where it is installed.
"""

from __future__ import annotations

import asyncio
import base64
import ipaddress
import logging
import os
import re
import socket
import urllib.request
from collections.abc import Collection
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

if TYPE_CHECKING:  # PTB's own names for these types (its modules, not its public API: for annotations only)
    from telegram._utils.types import ODVInput, SocketOpt

logger = logging.getLogger(__name__)

_POOL_TIMEOUT_MESSAGE = ("Pool timeout: All connections in the connection pool are occupied. Request was *not* "
                         "sent to Telegram. Consider adjusting the connection pool size or the pool timeout.")
_JSON = {"Content-Type": "application/json"}
_TOKEN_IN_URL = re.compile(r"bot\d+:[\w-]+")
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})


def is_loopback(host: str) -> bool:
    """Return whether ``host`` (a name or an address, IPv6 with or without brackets) is this machine."""
    host = host.strip("[]").lower()
    if host in _LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def environment_proxy(url: str) -> str | None:
    """Return the proxy the environment names for ``url``, as httpx (and so PTB) reads it, or None.

    ``HTTPS_PROXY`` (or ``HTTP_PROXY`` for plain http) wins over ``ALL_PROXY``; ``NO_PROXY`` lists hosts
    to reach directly (``*`` for all); loopback addresses are always reached directly.
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    if is_loopback(host):
        return None
    proxies = urllib.request.getproxies_environment()
    proxy = proxies.get(parts.scheme) or proxies.get("all")
    if not proxy:
        return None
    if _bypassed(host, proxies.get("no", "")):
        return None
    return proxy if "://" in proxy else f"http://{proxy}"


def _bypassed(host: str, no_proxy: str) -> bool:
    """Return whether ``NO_PROXY`` names ``host``: ``*``, the host, a parent domain, or a network (10.0.0.0/8)."""
    host = host.strip("[]").lower()
    for entry in (e.strip().lower() for e in no_proxy.split(",")):
        entry = entry.split("://", 1)[-1].strip("[]")
        if not entry:
            continue
        if entry == "*" or host == entry.lstrip(".") or host.endswith("." + entry.lstrip(".")):
            return True
        try:
            if ipaddress.ip_address(host) in ipaddress.ip_network(entry, strict=False):
                return True
        except ValueError:
            continue
    return False


def _pick(value: ODVInput[float], default: float | None) -> float | None:
    """Return a timeout given to one request, or the default when none was."""
    return default if value is BaseRequest.DEFAULT_NONE else value  # type: ignore[return-value]


class _Proxy:
    """A proxy URL split into what aiohttp takes: the URL without credentials, and their header."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise ValueError(f"proxy {parts.scheme}://{parts.hostname}:{parts.port or ''} is not supported by "
                             "AiohttpRequest: use an http:// or https:// proxy, or telegram.request.HTTPXRequest "
                             "with python-telegram-bot[socks] for a SOCKS proxy")
        self.headers: dict[str, str] | None = None
        if parts.username is not None:
            credentials = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode()
            self.headers = {"Proxy-Authorization": "Basic " + base64.b64encode(credentials).decode("ascii")}
            parts = parts._replace(netloc=parts.netloc.rsplit("@", 1)[1])
        self.url = parts.geturl()


class AiohttpRequest(BaseRequest):
    """Send Bot API requests with one aiohttp session (HTTP/1.1, kept-alive connections).

    The arguments mean what they mean for ``HTTPXRequest``.  aiohttp has no per-write timeout, so the write
    timeout bounds the whole exchange together with the others (connect + write + read, once a connection
    is free); a read timeout of None (or any None) lifts that bound.
    """

    __slots__ = ("_connect_timeout", "_default_timeout", "_media_write_timeout", "_pool_size", "_pool_timeout",
                 "_proxies", "_proxy", "_read_timeout", "_session", "_slots", "_socket_options", "_write_timeout")

    def __init__(self, connection_pool_size: int = 256, read_timeout: float | None = 5.0,
                 write_timeout: float | None = 5.0, connect_timeout: float | None = 5.0,
                 pool_timeout: float | None = 1.0, http_version: str = "1.1",
                 socket_options: Collection[SocketOpt] | None = None, proxy: str | None = None,
                 media_write_timeout: float | None = 20.0) -> None:
        if http_version != "1.1":
            raise ValueError("AiohttpRequest speaks HTTP/1.1 only: drop http_version, or use "
                             "telegram.request.HTTPXRequest with python-telegram-bot[http2] for HTTP/2")
        if connection_pool_size < 1:
            raise ValueError("connection_pool_size must be at least 1")
        self._pool_size = connection_pool_size
        self._read_timeout, self._write_timeout = read_timeout, write_timeout
        self._connect_timeout, self._pool_timeout = connect_timeout, pool_timeout
        self._media_write_timeout = media_write_timeout
        self._socket_options = tuple(socket_options or ())
        self._proxy = _Proxy(proxy) if proxy else None
        self._proxies: dict[tuple[str, str], _Proxy | None] = {}
        self._session: aiohttp.ClientSession | None = None
        self._slots: asyncio.Semaphore | None = None
        self._default_timeout = self._timeout(read_timeout, write_timeout, connect_timeout)

    @property
    def read_timeout(self) -> float | None:
        """Return the default read timeout in seconds (PTB adds a long poll's own timeout to it)."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the session (again, after a shutdown) in the running event loop."""
        if self._session is not None and not self._session.closed:
            return
        connector = aiohttp.TCPConnector(limit=self._pool_size, socket_factory=self._socket_factory(),
                                         keepalive_timeout=5.0)
        self._session = aiohttp.ClientSession(connector=connector, headers={"User-Agent": self.USER_AGENT},
                                              cookie_jar=aiohttp.DummyCookieJar(), trust_env=False,
                                              timeout=self._default_timeout)
        self._slots = asyncio.Semaphore(self._pool_size)

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is None or self._session.closed:
            logger.debug("This AiohttpRequest is already shut down. Returning.")
            return
        await self._session.close()

    def _socket_factory(self) -> Any:
        if not self._socket_options:
            return None
        options = self._socket_options

        def make(addr_info: Any) -> socket.socket:
            family, kind, proto = addr_info[:3]
            sock = socket.socket(family, kind, proto)
            for option in options:
                sock.setsockopt(*option)
            return sock

        return make

    @staticmethod
    def _timeout(read: float | None, write: float | None, connect: float | None) -> aiohttp.ClientTimeout:
        parts = (read, write, connect)
        total = None if any(t is None for t in parts) else sum(t for t in parts if t is not None)
        return aiohttp.ClientTimeout(total=total, sock_connect=connect, sock_read=read)

    def _proxy_for(self, url: str) -> _Proxy | None:
        if self._proxy is not None:
            return self._proxy
        parts = urlsplit(url)
        key = (parts.scheme, parts.netloc)
        if key not in self._proxies:  # the environment is read once per server, as httpx reads it once per client
            found = environment_proxy(url)
            self._proxies[key] = _Proxy(found) if found else None
        return self._proxies[key]

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
                         write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
                         connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
                         pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        """See :meth:`telegram.request.BaseRequest.do_request`."""
        session, slots = self._session, self._slots
        if session is None or session.closed or slots is None:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = bool(request_data and request_data.contains_files)
        timeout = self._default_timeout
        if files or not (read_timeout is write_timeout is connect_timeout is BaseRequest.DEFAULT_NONE):
            timeout = self._timeout(_pick(read_timeout, self._read_timeout),
                                    _pick(write_timeout, self._media_write_timeout if files else self._write_timeout),
                                    _pick(connect_timeout, self._connect_timeout))
        wait = _pick(pool_timeout, self._pool_timeout)
        body, headers = self._body(request_data, files)
        proxy = self._proxy_for(url)
        if slots.locked():
            try:
                async with asyncio.timeout(wait):
                    await slots.acquire()
            except TimeoutError as err:
                raise TimedOut(_POOL_TIMEOUT_MESSAGE) from err
        else:
            await slots.acquire()
        try:
            async with session.request(method, url, data=body, headers=headers, timeout=timeout,
                                       proxy=proxy.url if proxy else None,
                                       proxy_headers=proxy.headers if proxy else None) as response:
                return response.status, await response.read()
        except TimeoutError as err:  # aiohttp's ServerTimeoutError is one too
            raise TimedOut from err
        except aiohttp.ClientPayloadError as err:
            # The answer broke off half-way: the request was carried out, so like a timeout nothing retries it
            # blindly (a retry could send the message twice).  A connection closed before any answer
            # (ServerDisconnectedError) is usually a pooled keep-alive connection the server had already
            # dropped, with the request never read: that stays a NetworkError and is retried.
            raise TimedOut(f"the answer broke off ({err.__class__.__name__}); the request may have been "
                           "carried out") from err
        except aiohttp.ClientError as err:
            message = _TOKEN_IN_URL.sub("bot<token>", str(err))  # an error naming the URL would show the token
            raise NetworkError(f"aiohttp.{err.__class__.__name__}: {message}") from err
        finally:
            slots.release()

    @staticmethod
    def _body(request_data: RequestData | None, files: bool) -> tuple[Any, dict[str, str] | None]:
        """Return the request body: JSON, or a multipart form (as HTTPXRequest sends it) when it carries files."""
        if request_data is None:
            return None, None
        if not files:  # JSON, which the Bot API takes as it takes a form, at a tenth of urlencode's CPU
            return request_data.json_payload, _JSON
        form = aiohttp.FormData()
        for name, value in request_data.json_parameters.items():
            form.add_field(name, value)
        for name, (filename, content, mimetype) in request_data.multipart_data.items():
            form.add_field(name, content, filename=filename, content_type=mimetype)
        return form, None


def install_event_loop_policy() -> bool:
    """Make asyncio use uvloop when it is installed (not when ``BACKCARE_UVLOOP=0``); return whether it does."""
    if os.environ.get("BACKCARE_UVLOOP", "1").strip() == "0":
        return False
    try:
        import uvloop
    except ImportError:
        return False
    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    return True
