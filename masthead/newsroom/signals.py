"""Signals the newsroom sends when it changes articles without saving them one by one.

Bulk updates (`QuerySet.update`) send no model signals, yet copy links, stories and cleaned
text change what readers see. Apps that keep derived state (the site's page caches) listen
here instead of the newsroom knowing about them: arrows run site -> newsroom, never back.
"""

from django.dispatch import Signal

# Sent with sender=Article and `ids`: the primary keys of the articles that changed.
articles_changed = Signal()
