"""The spec pipeline: resolve and lock Logto's OpenAPI document, normalize it, generate the client.

Data flows one way: source document -> normalize -> openapi-python-client -> generated/.
Run it through make: ``make spec``, ``make generate``, ``make check-generated``,
``make spec-diff``.
"""
