"""The documentation site's generated pages (spec/docs_site.py, the hook of mkdocs.yml)."""

from __future__ import annotations

from spec import docs_site


def test_every_resource_of_the_client_has_a_page_with_each_method() -> None:
    by_tag = docs_site.operations()
    assert sum(len(ops) for ops in by_tag.values()) == 284
    page = docs_site.resource_page("users", by_tag["users"])
    assert page.startswith("# users\n")
    assert "| [`assign_roles`](#assign_roles) | `POST /api/users/{user_id}/roles` |" in page
    assert "### assign_roles\n" in page
    assert (
        "async def assign_roles(\n    self,\n    user_id: str,\n    *,\n    body: RoleIds,\n"
        ") -> RoleAssignmentResult | None" in page
    )
    # what older Logto releases do, as the method's docstring says (spec/releases.py)
    assert 'Logto < 1.36.0 answers without a JSON body (text such as "Created")' in page
    assert (
        "    page_size: int = MAX_PAGE_SIZE,\n    concurrency: int = 1,\n) -> Paginator[User]"
        in page
    )


def test_the_index_links_each_resource_page() -> None:
    index = docs_site.index_page(docs_site.operations())
    assert "| [`users`](users.md) |" in index
    assert "| [`roles`](roles.md) |" in index


def test_repository_links_point_at_the_site() -> None:
    text = (
        "[policy](docs/version-policy.md), [bench](BENCHMARKS.md), "
        "![chart](tests/bench/benchmarks.png), [Logto](https://logto.io), [x](LICENSE)"
    )
    assert docs_site.for_the_site(text) == (
        "[policy](version-policy.md), [bench](benchmarks.md), "
        "![chart](benchmarks.png), [Logto](https://logto.io), [x](LICENSE)"
    )
