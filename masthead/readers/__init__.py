"""Anonymous readers: their signed cookie, reactions, and the views counted for Ranking."""
