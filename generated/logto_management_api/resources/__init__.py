"""One module per resource; reached through the client (``logto.users``)."""
