"""Tests against a real Logto (`make integration`); never collected by `make test`."""
