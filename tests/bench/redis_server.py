"""A real Redis server on a free loopback port, for the Redis tests and the fleet benchmark.

The server is Debian's ``redis-server`` (or Valkey's ``valkey-server``), installed by the
Makefile's ``redis-server`` target. Start-up waits for the server's "Ready to accept
connections" line, then checks it with a PING, both within a deadline: nothing sleeps.
"""

from __future__ import annotations

import os
import selectors
import shutil
import socket
import subprocess
import time

import redis

START_TIMEOUT = 10.0


def find_binary() -> str | None:
    """The path of redis-server (or valkey-server), if there is one."""
    return shutil.which("redis-server") or shutil.which("valkey-server")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class RedisServer:
    """One ``redis-server`` process on 127.0.0.1; `restart` keeps the port (and loses the data:
    no persistence, like a crashed cache node)."""

    def __init__(self, binary: str, port: int) -> None:
        self.binary = binary
        self.port = port
        self.url = f"redis://127.0.0.1:{port}/0"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        assert self.process is None, "already running"
        self.process = subprocess.Popen(
            [
                self.binary,
                "--port", str(self.port),
                "--bind", "127.0.0.1",
                "--save", "",
                "--appendonly", "no",
                "--daemonize", "no",
                "--logfile", "",
                "--loglevel", "notice",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            self._wait_ready(self.process)
        except BaseException:
            self.stop()
            raise

    def _wait_ready(self, process: subprocess.Popen[bytes]) -> None:
        assert process.stdout is not None
        deadline = time.monotonic() + START_TIMEOUT
        output = b""
        with selectors.DefaultSelector() as selector:
            selector.register(process.stdout, selectors.EVENT_READ)
            while b"Ready to accept connections" not in output:
                left = deadline - time.monotonic()
                if left <= 0 or not selector.select(left):
                    raise RuntimeError(f"redis-server did not start in {START_TIMEOUT} s")
                chunk = os.read(process.stdout.fileno(), 65536)
                if not chunk:
                    raise RuntimeError(f"redis-server exited: {output.decode(errors='replace')}")
                output += chunk
        # Little more is written at loglevel notice (far below a pipe's buffer) until it stops.
        with redis.Redis.from_url(self.url, socket_timeout=START_TIMEOUT) as client:
            assert client.ping()

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        process.kill()
        process.wait(timeout=START_TIMEOUT)
        if process.stdout is not None:
            process.stdout.close()

    def restart(self) -> None:
        self.stop()
        self.start()
