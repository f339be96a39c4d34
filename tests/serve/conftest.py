"""Shared helpers of the web UI tests."""

import contextlib
import threading

from storyweave.serve.app import make_app_server


@contextlib.contextmanager
def serving(db=None):
    """A real server on a free loopback port for the block, optionally browsing ``db``; yields its base URL."""
    server = make_app_server("127.0.0.1", 0, db)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join()
        server.server_close()
