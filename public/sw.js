// Durable's service worker: keeps the app shell and its hashed assets in a cache so the app opens
// offline, and answers every navigation inside the app's scope with the shell (deep links work offline
// and on static servers without rewrites). The build hook (scripts/sw-precache.mjs) fills in the two
// placeholders below with this build's id and file list.
const BUILD_ID = "__DURABLE_BUILD_ID__";
const PRECACHE = __DURABLE_PRECACHE__;
const CACHE = `durable-${BUILD_ID}`;
const SHELL = new URL("./", self.registration.scope).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((path) => new URL(path, self.registration.scope).href)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("durable-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === "navigate") {
    // Any page of the app: the cached shell first (instant and offline), the network if the cache is empty.
    event.respondWith(
      caches.open(CACHE).then((cache) =>
        cache.match(SHELL).then((cached) => cached || fetch(request)),
      ),
    );
    return;
  }

  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request).then(
        (cached) =>
          cached ||
          fetch(request).then((response) => {
            if (response.ok && response.type === "basic") cache.put(request, response.clone());
            return response;
          }),
      ),
    ),
  );
});
