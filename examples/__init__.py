"""Runnable examples: the quickstart (``make demo``) and scenarios from Logto's Management API
guide. Each script connects with :func:`examples.connect.connect_from_env`."""
