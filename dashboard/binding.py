"""Where the dashboard is bound, and which requests are its own.

The dashboard has no authentication: whoever reaches it can read the workspace and record link
decisions. So it binds to loopback by default, and the server refuses requests that are not for
the address it is bound to (``Host`` header: a page whose domain is re-pointed at 127.0.0.1 -
DNS rebinding - sends its own name) and writes that do not come from its own pages (``Origin``
and ``Sec-Fetch-Site`` headers: a page on another site can POST to 127.0.0.1 but not hide that
it did). These functions are plain string logic; ``dashboard.app`` applies them to requests.
"""

from __future__ import annotations

import ipaddress
import socket
from functools import cache

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")
WILDCARDS = ("", "0.0.0.0", "::")
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
# "none" is a request the user made directly (typed URL, bookmark), not one a page made.
SAME_ORIGIN_FETCH_SITES = ("same-origin", "none")


def _address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def is_loopback(host: str) -> bool:
    """Whether binding ``host`` serves this machine only (``localhost``, 127.0.0.0/8, ::1)."""
    if host.lower() == "localhost":
        return True
    address = _address(host)
    return address is not None and address.is_loopback


def is_wildcard(host: str) -> bool:
    """Whether binding ``host`` listens on every interface."""
    return host.strip("[]") in WILDCARDS


def url_host(host: str) -> str:
    """``host`` as it appears in a URL or a Host header (IPv6 addresses in brackets)."""
    bare = host.strip("[]")
    address = _address(bare)
    return f"[{bare}]" if address is not None and address.version == 6 else bare.lower()


def bound_url(host: str, port: int) -> str:
    """The URL of the address the server is bound to, as printed by the CLI."""
    return f"http://{url_host(host or '0.0.0.0')}:{port}/"


@cache
def machine_names() -> frozenset[str]:
    """This machine's host name and the addresses it resolves to (from /etc/hosts or the
    resolver), the names a remote browser may use for a server bound to every interface."""
    names = {socket.gethostname()}
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None)
    except OSError:
        infos = []
    names.update(str(info[4][0]) for info in infos)
    return frozenset(url_host(name) for name in names if name)


@cache
def accepted_hosts(host: str, port: int) -> frozenset[str]:
    """The ``Host`` header values (``name:port``, lower case) a server bound to ``host`` serves.

    Loopback binds also answer to the other loopback names (a browser on this machine may say
    localhost or 127.0.0.1; an attacker's domain cannot be any of them). A wildcard bind answers
    to those, the wildcard address itself, and this machine's own names and addresses. Any other
    bind answers to that address only.
    """
    if is_loopback(host):
        names = {url_host(host), *LOOPBACK_NAMES}
    elif is_wildcard(host):
        names = {url_host(host or "0.0.0.0"), *LOOPBACK_NAMES, *machine_names()}
    else:
        names = {url_host(host)}
    with_port = {f"{name}:{port}" for name in names}
    if port == 80:  # browsers leave the default port out of Host
        with_port |= names
    return frozenset(with_port)


def host_refusal(host_header: str, accepted: frozenset[str]) -> str | None:
    """Why a request with this ``Host`` header is refused, or None when it is served."""
    if host_header.lower() in accepted:
        return None
    return (
        f"Host {host_header!r} is not this server's address; it answers to "
        f"{', '.join(sorted(accepted))} only (a name re-pointed here, as in DNS rebinding, is "
        "refused)."
    )


def write_refusal(
    method: str, host_header: str, origin: str | None, fetch_site: str | None
) -> str | None:
    """Why a state-changing request is refused as not same-origin, or None when it may go on.

    ``host_header`` has passed ``host_refusal`` already, so the page's own origin is
    ``http://`` + it. Clients that send neither header (curl, scripts on this machine) pass: they
    are not a browser tricked by another site.
    """
    if method.upper() in SAFE_METHODS:
        return None
    if origin is not None and origin.lower() != f"http://{host_header.lower()}":
        return f"{method} from origin {origin!r} refused: writes must be same-origin."
    if fetch_site is not None and fetch_site.lower() not in SAME_ORIGIN_FETCH_SITES:
        return f"{method} with Sec-Fetch-Site {fetch_site!r} refused: writes must be same-origin."
    return None
