"""`python -m masthead.demo [--port N]`: serve the demo outlets until Ctrl-C."""

from __future__ import annotations

import argparse
import threading

from masthead.demo import DEFAULT_PORT, DemoServer, demo_sources


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m masthead.demo", description="Serve Masthead's fictional demo outlets."
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT,
                        help="port on 127.0.0.1 (default %(default)s; 0 picks a free one)")
    args = parser.parse_args(argv)
    server = DemoServer(port=args.port)
    try:
        server.start()
    except OSError as error:
        parser.exit(1, "cannot listen on 127.0.0.1:%d: %s\n" % (args.port, error.strerror))
    print("Serving the demo outlets on %s/ (Ctrl-C to stop)" % server.base_url)
    for source in demo_sources():
        print("  %-24s %-12s %s%s" % (source.name, source.kind, server.base_url, source.path))
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        print()
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
