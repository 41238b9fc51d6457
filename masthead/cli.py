"""The `masthead` command: Django's management entry point with Masthead's settings.

Every management command works (`masthead migrate`, `masthead shell`, ...), plus Masthead's own:
sources, ingest, worker, serve, stats, demo, bench.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.config.settings")
    from masthead.config.declared import SettingError

    try:
        from django.core.management import execute_from_command_line

        execute_from_command_line(sys.argv if argv is None else ["masthead", *argv])
    except SettingError as exc:
        print("masthead: bad setting: %s" % exc, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("masthead: interrupted", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
