"""`booksmith serve`: the book in a browser, refreshed on every save (edition, server, site/)."""
