// The real-server workloads of Logto's official Node SDK, @logto/api (createManagementApi, which
// fetches and caches its own client-credentials token). Run by tests/bench/real.py from
// .bench/node, where npm installed the SDK; the same calls as tests/bench/real_worker.py: page
// every seeded user (page_size=100, a like search on the prefix) sequentially, then 8 pages in
// flight, then get on each id of BENCH_IDS one after the other. Prints
// {workload: [wall s, CPU s]} with this process's CPU time (user + system).
import { createManagementApi } from '@logto/api/management';

const env = process.env;
const PAGE_SIZE = 100;
const CONCURRENCY = 8;
const prefix = env.BENCH_PREFIX;
const ids = JSON.parse(env.BENCH_IDS);
const total = Number(env.BENCH_TOTAL);

const { apiClient } = createManagementApi('default', {
  clientId: env.LOGTO_APP_ID,
  clientSecret: env.LOGTO_APP_SECRET,
  baseUrl: env.LOGTO_ENDPOINT,
  apiIndicator: env.LOGTO_RESOURCE || 'https://default.logto.app/api',
});

const query = (page) => ({
  page,
  page_size: PAGE_SIZE,
  'search.username': `${prefix}%`,
  'mode.username': 'like',
});

async function page(number) {
  const { data, error, response } = await apiClient.GET('/api/users', {
    params: { query: query(number) },
  });
  if (error) throw new Error(`page ${number}: ${response.status}`);
  return { items: data, total: Number(response.headers.get('total-number')) };
}

async function sequential() {
  let count = 0;
  for (let number = 1; ; number += 1) {
    const { items } = await page(number);
    if (items.length === 0) return count;
    count += items.length;
  }
}

async function concurrent() {
  const first = await page(1);
  const pages = Math.ceil(first.total / PAGE_SIZE);
  let next = 2;
  let count = first.items.length;
  const worker = async () => {
    while (next <= pages) {
      const number = next;
      next += 1;
      const { items } = await page(number); // not `count += (await ...)`: that reads count first
      count += items.length;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return count;
}

async function gets() {
  for (const id of ids) {
    const { error, response } = await apiClient.GET('/api/users/{userId}', {
      params: { path: { userId: id } },
    });
    if (error) throw new Error(`get ${id}: ${response.status}`);
  }
  return ids.length;
}

async function timed(work, expected) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const count = await work();
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  if (count !== expected) throw new Error(`got ${count} items, expected ${expected}`);
  return [wall, (used.user + used.system) / 1e6];
}

await apiClient.GET('/api/users/{userId}', { params: { path: { userId: ids[0] } } }); // token
const result = {
  'page 1': await timed(sequential, total),
  [`page ${CONCURRENCY}`]: await timed(concurrent, total),
  get: await timed(gets, ids.length),
};
console.log(JSON.stringify(result));
