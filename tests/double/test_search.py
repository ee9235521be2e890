"""User search and pagination in the double, beyond the recorded cases."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from _testing_support import api_client

from logto_management.testing import LogtoDouble

PEOPLE = [
    ("alice", "Alice@Example.com", "Alice Liddell", "3161111"),
    ("bob", "bob@example.org", "Bob Stone", None),
    ("carol", "carol@example.com", "Carol Alison", "3162222"),
    ("dave_99", None, None, None),
]


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    double = LogtoDouble(seed=3)  # fuzzy searches match ids too: random ids could match
    async with api_client(double, base_url="http://localhost:3001") as client:
        for username, email, name, phone in PEOPLE:
            body = {
                "username": username,
                "primaryEmail": email,
                "name": name,
                "primaryPhone": phone,
            }
            created = await client.post(
                "/api/users", json={k: v for k, v in body.items() if v is not None}
            )
            assert created.status_code == 200, created.text
        yield client


async def usernames(client: httpx.AsyncClient, query: str) -> list[str]:
    response = await client.get(f"/api/users?{query}")
    assert response.status_code == 200, response.text
    return sorted(user["username"] for user in response.json())


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("search=%25ali%25", ["alice", "carol"]),  # fuzzy over name, email, username...
        ("search=ali", []),  # like without wildcards matches whole values only
        ("search.name=%25ali%25", ["alice", "carol"]),
        ("search.primaryEmail=%25%40example.com", ["alice", "carol"]),
        ("search.primaryEmail=%25%40example.com&isCaseSensitive=true", ["carol"]),
        ("search.username=ALICE&mode.username=exact", ["alice"]),
        ("search.username=ALICE&mode.username=exact&isCaseSensitive=true", []),
        ("search.username=alice&search.username=bob&mode.username=exact", ["alice", "bob"]),
        ("search.username=%25a%25&search.primaryPhone=%25&joint=and", ["alice", "carol"]),
        ("search.username=%25a%25&search.primaryPhone=%25", ["alice", "carol", "dave_99"]),
        ("search.username=d_ve%25", ["dave_99"]),  # _ is one character
        ("search.username=%5E%5Ba-b%5D&mode.username=posix", ["alice", "bob"]),  # ^[a-b]
        ("search.username=o&mode.username=posix", ["bob", "carol"]),  # posix: anywhere
        (
            "search.name=(Alice|Bob)%25&mode.name=similar_to&isCaseSensitive=true",
            ["alice", "bob"],
        ),
        ("search=3161111&mode=exact", ["alice"]),  # the general mode applies to every field
        ("search.id=%25", ["alice", "bob", "carol", "dave_99"]),
    ],
)
async def test_search(client: httpx.AsyncClient, query: str, expected: list[str]) -> None:
    assert await usernames(client, query) == expected


@pytest.mark.parametrize(
    ("query", "detail"),
    [
        ("search.nickname=x", "Search field `nickname` is not valid"),
        ("search.name.first=x", "Unsupported nested search field path `name.first`"),
        ("search=x&mode=fuzzy", "Search match mode `fuzzy` is not valid"),
        ("search=x&joint=xor", "Search joint mode `xor` is not valid"),
        ("search.name=", "Search value cannot be empty."),
        ("search.name=a&search.name=b", "Only one search value is allowed"),
        ("search.name=a&mode.name=similar_to", "Cannot use case-insensitive match"),
    ],
)
async def test_invalid_search(client: httpx.AsyncClient, query: str, detail: str) -> None:
    response = await client.get(f"/api/users?{query}")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "request.invalid_input"
    assert detail in body["details"]
    assert body["message"] == f"Input is invalid. {body['details']}"


async def test_users_are_listed_newest_first(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/users")
    assert [u["username"] for u in response.json()] == ["dave_99", "carol", "bob", "alice"]


async def test_pagination_headers_and_bounds(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/users?page_size=100")
    assert response.status_code == 200
    assert response.headers["Total-Number"] == "4"
    assert response.headers.get_list("Link") == [
        '<http://localhost:3001/users?page_size=100&page=1>; rel="first"',
        '<http://localhost:3001/users?page_size=100&page=1>; rel="last"',
    ]
    for bad in ("page=0", "page=-1", "page=abc", "page=1.5", "page_size=0", "page_size=101"):
        response = await client.get(f"/api/users?{bad}")
        assert response.status_code == 400, bad
        assert response.json() == {
            "code": "guard.invalid_pagination",
            "message": "The request pagination value is invalid.",
        }
    past = await client.get("/api/users?page=3&page_size=2")
    assert past.json() == []
    assert past.headers.get_list("Link")[1].endswith('page=2&page_size=2>; rel="prev"')


async def test_default_page_size_is_20() -> None:
    double = LogtoDouble()
    async with api_client(double, base_url="http://localhost:3001") as client:
        for i in range(21):
            await client.post("/api/users", json={"username": f"user{i}"})
        response = await client.get("/api/users")
        assert len(response.json()) == 20
        assert response.headers.get_list("Link") == [
            '<http://localhost:3001/users?page=1>; rel="first"',
            '<http://localhost:3001/users?page=2>; rel="last"',
            '<http://localhost:3001/users?page=2>; rel="next"',
        ]


async def test_links_keep_the_query_and_encode_like_url_search_params(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/api/users?search.name=Alice%20L%25&page=1&page_size=1&x=%7E*")
    assert response.headers.get_list("Link")[0] == (
        "<http://localhost:3001/users?search.name=Alice+L%25&page=1&page_size=1&x=%7E*>; "
        'rel="first"'
    )


async def test_capped_totals_drop_last_and_next() -> None:
    double = LogtoDouble()
    async with api_client(double) as client:
        for i in range(5):
            await client.post("/api/users", json={"username": f"user{i}"})
        double.controls.cap_total_number(2)
        seen: list[str] = []
        for page in range(1, 10):  # walk until an empty page, as a capped client must
            response = await client.get(f"/api/users?page={page}&page_size=2")
            assert response.headers["Total-Number"] == "3"
            assert response.headers["Total-Number-Is-Capped"] == "true"
            rels = [link.rsplit("rel=", 1)[1] for link in response.headers.get_list("Link")]
            assert rels == (['"first"'] if page == 1 else ['"first"', '"prev"'])
            if not response.json():
                break
            seen += [u["username"] for u in response.json()]
        assert sorted(seen) == [f"user{i}" for i in range(5)]
        double.controls.cap_total_number(None)
        response = await client.get("/api/users?page_size=2")
        assert response.headers["Total-Number"] == "5"
        assert "Total-Number-Is-Capped" not in response.headers


async def test_optional_pagination_answers_everything_without_headers() -> None:
    double = LogtoDouble()
    async with api_client(double) as client:
        unpaged = await client.get("/api/resources")
        assert "Total-Number" not in unpaged.headers
        assert [r["id"] for r in unpaged.json()] == ["management-api"]
        paged = await client.get("/api/resources?page=1")
        assert paged.headers["Total-Number"] == "1"
        roles = await client.get("/api/roles")  # recorded: roles paginate even without params
        assert roles.headers["Total-Number"] == "1"


async def test_other_lists_search_too() -> None:
    double = LogtoDouble()
    async with api_client(double) as client:
        for name in ("editor", "viewer"):
            await client.post("/api/roles", json={"name": name, "description": f"{name}s"})
        response = await client.get("/api/roles?search.name=%25dit%25")
        assert [r["name"] for r in response.json()] == ["editor"]
        response = await client.get("/api/roles?type=MachineToMachine")
        assert [r["name"] for r in response.json()] == ["Logto Management API access"]
        bad = await client.get("/api/roles?type=Robot")
        assert bad.status_code == 400
        assert bad.json()["code"] == "guard.invalid_input"
        assert bad.json()["message"] == "The request query is invalid."
