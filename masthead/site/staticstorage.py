"""Static files: hashed and compressed after `collectstatic`, plain names before it.

WhiteNoise's manifest storage gives every collected file a content hash in its name, so it is
served with a one-year immutable Cache-Control, and writes gzip (and brotli, when installed)
copies beside it. `masthead serve` collects first. A laptop that never ran collectstatic (tests,
`runserver`) still works: a name missing from the manifest falls back to its plain URL, which
WhiteNoise serves from the apps' static folders with a short max-age.
"""

from __future__ import annotations

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticStorage(CompressedManifestStaticFilesStorage):
    manifest_strict = False

    def stored_name(self, name: str) -> str:
        try:
            return str(super().stored_name(name))
        except ValueError:  # not collected yet: neither in the manifest nor in STATIC_ROOT
            return name
