# Varnish in front of the Next instances: pages cached under their cache tags (xkey), purged by the webhook, grace.
vcl 4.1;

import std;
import directors;
import xkey;
import vsthrottle;

probe instance_health {
  # A prerendered, content-free file: answered by every healthy instance in a few milliseconds, Sanity up or down.
  .url = "/robots.txt";
  .interval = 1s;
  .timeout = 2s;
  .window = 3;
  .threshold = 2;
}

# The start script (scripts/cluster/start.mjs) puts one backend per instance here; on several machines, list them by hand.
#BACKENDS#

# Only the machines the instances run on may purge (the webhook answers there), and only on the purge listener.
acl purgers {
  "127.0.0.1";
  "::1";
#PURGERS#
}

sub vcl_init {
  new instances = directors.round_robin();
#ADD_BACKENDS#
}

sub vcl_recv {
  call security_recv;
  set req.backend_hint = instances.backend();

  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Forbidden"));
    }
    if (req.http.xkey-softpurge) {
      set req.http.purged = xkey.softpurge(req.http.xkey-softpurge);
    } elsif (req.http.xkey-purge) {
      set req.http.purged = xkey.purge(req.http.xkey-purge);
    } else {
      return (synth(400, "Name the keys in xkey-purge or xkey-softpurge"));
    }
    return (synth(200, "Purged " + req.http.purged));
  }

  # TRACE and CONNECT have no use here, and Next answers TRACE on a feed with a 500 (its proxy cannot build the request).
  if (req.method == "TRACE" || req.method == "CONNECT") {
    return (synth(405, "Method Not Allowed"));
  }
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # The Studio, the API (webhook, draft mode) and anyone carrying credentials are never cached; the open data API
  # (/api/v1/, read only, public) is.
  if (req.url ~ "^/studio(/|\?|$)" || (req.url ~ "^/api/" && req.url !~ "^/api/v1/") || req.http.Authorization) {
    return (pass);
  }
  # Draft mode (Next's bypass cookie) and Presentation previews read drafts per request.
  if (req.http.Cookie ~ "(^|;\s*)(__prerender_bypass|__next_preview_data|sanity-preview-perspective)=") {
    return (pass);
  }
  # Readers' pages do not depend on cookies: one cached copy for everyone.
  unset req.http.Cookie;
  # Varnish runs with http_gzip_support off: the instances compress (Brotli where the browser takes it, else gzip;
  # scripts/portal-server.mjs) and a copy is kept per encoding (see vcl_hash), so every client gets stored bytes in
  # its best encoding and Varnish never unzips a page per request.
  if (req.http.Accept-Encoding ~ "\bbr\b") {
    set req.http.Accept-Encoding = "br";
  } elsif (req.http.Accept-Encoding ~ "\bgzip\b") {
    set req.http.Accept-Encoding = "gzip";
  } else {
    unset req.http.Accept-Encoding;
  }

  # Search pages and their feeds: empty parameters dropped and the rest in one order, so equal searches share a copy.
  if (req.url ~ "^/(es/)?news(/feed\.(xml|atom|json|csv))?\?" || req.url ~ "^/api/v1/news\?") {
    set req.url = regsuball(req.url, "&[^=&]*=(?=&|$)", "");
    set req.url = regsub(req.url, "\?[^=&]*=(&|$)", "?");
    set req.url = std.querysort(req.url);
    set req.url = regsub(req.url, "\?&*$", "");
  }
  # Search results are kept only a second (see vcl_backend_response): while an instance answers, a copy more than
  # two seconds past that is fetched again before answering, not served from grace (all of it stays for outages).
  if ((req.url ~ "^/(es/)?news(\?|$)" || req.url ~ "^/api/v1/") && std.healthy(req.backend_hint)) {
    set req.grace = 2s;
  }
  return (hash);
}

sub vcl_hash {
  hash_data(req.url);
  hash_data(req.http.Accept-Encoding);
  # An RSC payload (client navigation, prefetch) and the HTML of the same URL are different objects.
  if (req.http.RSC) {
    hash_data("rsc");
    hash_data(req.http.Next-Router-Prefetch);
    hash_data(req.http.Next-Router-Segment-Prefetch);
    hash_data(req.http.Next-Router-State-Tree);
  }
  return (lookup);
}

sub vcl_backend_response {
  # Pages carry the cache tags of what they show; those are the keys the webhook purges.
  # (lib/cache/page-cache-handler.mjs sends them as x-cache-tags, space-separated.)
  if (beresp.http.x-cache-tags) {
    set beresp.http.xkey = beresp.http.x-cache-tags;
  }
  # The open data API answers from each instance's search index and cached reads: like search pages (below), kept a
  # second under the keys it sends (x-cache-tags), so a crowd of partners polling costs one answer a second; its
  # ETag lets Varnish answer If-None-Match with 304 itself. Its 400s and 404s are kept as long.
  if (bereq.url ~ "^/api/v1/" && !beresp.http.Set-Cookie && (beresp.status == 200 || beresp.status == 400 || beresp.status == 404)) {
    set beresp.ttl = 1s;
    set beresp.grace = 1d;
    return (deliver);
  }
  if (bereq.url ~ "^/studio(/|\?|$)" || bereq.url ~ "^/api/" || beresp.http.Set-Cookie) {
    set beresp.uncacheable = true;
    set beresp.ttl = 120s;
    return (deliver);
  }
  # An error, or a temporary redirect (the site's only one leads to /content-unavailable while Sanity is unreachable;
  # its moved pages answer 308): never cached, and never in place of the copy in grace.
  if (beresp.status >= 500 || beresp.status == 302 || beresp.status == 303 || beresp.status == 307) {
    if (bereq.is_bgfetch) {
      return (abandon);
    }
    set beresp.uncacheable = true;
    set beresp.ttl = 1s;
    return (deliver);
  }
  # Search pages (/news and its searches) render per request from each instance's search index, so Next sends them
  # `private, no-store` and no tags. A reader's (draft mode never gets here) is kept here one second, under the keys
  # of everything it lists, so a crowd on one search costs one render a second and the webhook's purge reaches it.
  # (The browser still gets `private, no-store`.)
  if (bereq.url ~ "^/(es/)?news(\?|$)" && beresp.status == 200) {
    set beresp.http.xkey = "all:news all:country all:topic";
    set beresp.ttl = 1s;
    set beresp.grace = 1d;
    return (deliver);
  }
  call security_backend_response;
  # Next served its old copy while it renders the new one (after a revalidation): keep it only until the new one is there.
  # (1 s, not 0: Varnish never serves an object with no time to live, not even in grace.)
  if (beresp.http.x-nextjs-cache == "STALE") {
    set beresp.ttl = 1s;
  } elsif (!beresp.http.xkey && beresp.ttl > 2s && bereq.url !~ "^/_next/static/") {
    # A page Next rendered for this very request carries no tags yet; its next copy, from Next's cache, does.
    set beresp.ttl = 2s;
  } elsif (beresp.ttl > 1d) {
    set beresp.ttl = 1d;
  }
  # Grace: a copy is served for a day past its time to live, while it is fetched again, or while every instance is down.
  set beresp.grace = 1d;
  return (deliver);
}

sub vcl_backend_error {
  # An instance that died since its last health probe: ask the next one (the round robin moves on at each try).
  if (bereq.retries < 2) {
    return (retry);
  }
}

sub vcl_deliver {
  call security_deliver;
  unset resp.http.xkey;
  unset resp.http.x-cache-tags;
  if (obj.hits > 0) {
    set resp.http.x-cache = "HIT";
  } else {
    set resp.http.x-cache = "MISS";
  }
  unset resp.http.Via;
  unset resp.http.X-Varnish;
}

# ---------------------------------------------------------------------------------------------------------------------
# Security rules (review 2026-12-05: N5, N8, N9, N10), kept apart from the caching rules above and called from them.
# Tests: deploy/varnish/tests/*.vtc, run by the cluster suite (e2e/vcl.cluster.spec.ts).
# ---------------------------------------------------------------------------------------------------------------------

sub security_recv {
  # N5: purges come only on the purge listener (varnishd -a purge=<loopback or private address>:<port>), never on the
  # readers' port, whatever the client's address: behind a TLS terminator on this host every reader is 127.0.0.1.
  if (req.method == "PURGE" && local.socket != "purge") {
    return (synth(405, "Method Not Allowed"));
  }
  if (local.socket == "purge" && req.method != "PURGE") {
    return (synth(405, "Method Not Allowed"));
  }
  call security_rate_limit;
  # N8: Next's internal headers only ever come from Next itself, never from a client.
  unset req.http.x-middleware-prefetch;
  unset req.http.x-middleware-subrequest;
  unset req.http.x-middleware-invoke;
  unset req.http.x-middleware-next;
  unset req.http.x-middleware-rewrite;
  unset req.http.x-middleware-skip;
  unset req.http.x-middleware-set-cookie;
  unset req.http.x-middleware-override-headers;
  unset req.http.x-invoke-path;
  unset req.http.x-invoke-query;
  unset req.http.x-invoke-output;
  unset req.http.x-invoke-status;
  unset req.http.x-invoke-error;
  unset req.http.x-matched-path;
  unset req.http.x-now-route-matches;
  unset req.http.x-prerender-revalidate;
  unset req.http.x-prerender-revalidate-if-generated;
  unset req.http.x-next-revalidated-tags;
  unset req.http.x-next-revalidate-tag-token;
  unset req.http.x-nextjs-data;
  unset req.http.x-nextjs-rewritten-path;
  if (!req.http.RSC) {
    unset req.http.Next-Url;
  }
  # N9: a query string only where the site reads one; anywhere else it would only make a new copy of the same page.
  # Kept: searches and their feeds (normalised in vcl_recv), Next's files and image optimiser, the API and Studio,
  # the 503 page's return path, `page` on a country's or topic's page (the 308 to its list page), `_rsc` with RSC.
  if (req.url ~ "\?" && req.url !~ "^/((es/)?news(/feed\.xml)?\?|_next/|api/|studio(/|\?)|(es/)?content-unavailable\?)") {
    unset req.http.x-keep-query;
    if (req.url ~ "^/(es/)?(countries|topics)/[^/?]+\?(.*&)?page=") {
      set req.http.x-keep-query = regsub(req.url, "^[^?]*\?(.*&)?(page=[^&]*).*$", "\2");
    }
    if (req.http.RSC && req.url ~ "[?&]_rsc(=|&|$)") {
      set req.http.x-rsc-query = regsub(req.url, "^[^?]*\?(.*&)?(_rsc(=[^&]*)?)(&.*)?$", "\2");
      if (req.http.x-keep-query) {
        set req.http.x-keep-query = req.http.x-keep-query + "&" + req.http.x-rsc-query;
      } else {
        set req.http.x-keep-query = req.http.x-rsc-query;
      }
      unset req.http.x-rsc-query;
    }
    set req.url = regsub(req.url, "\?.*$", "");
    if (req.http.x-keep-query) {
      set req.url = req.url + "?" + req.http.x-keep-query;
    }
    unset req.http.x-keep-query;
  }
}

# Requests no copy can answer, per client address (client.identity is client.ip: behind a TLS terminator, give Varnish
# the reader's address with the PROXY protocol, or every reader is one client). Server-action calls (readers send none;
# editors' preview switches a few a minute) and other POSTs (the alerts forms) get 429 with Retry-After once over
# their limit, and stay refused for the block time. The signed webhook and the one-click unsubscribe are exempt: mail
# providers and Sanity post them from addresses many senders share, and a bad signature costs an instance one HMAC.
sub security_rate_limit {
  if (req.method == "GET" || req.method == "HEAD" || req.method == "PURGE") {
    return;
  }
  if (req.http.Next-Action) {
    if (vsthrottle.is_denied("action:" + client.identity, 10, 10s, 60s)) {
      set req.http.x-retry-after = std.integer(duration = vsthrottle.blocked("action:" + client.identity, 10, 10s, 60s), fallback = 60);
      return (synth(429, "Too Many Requests"));
    }
  } elsif (req.url !~ "^/api/(revalidate|alerts/unsubscribe)(\?|$)") {
    if (vsthrottle.is_denied("post:" + client.identity, 30, 60s, 60s)) {
      set req.http.x-retry-after = std.integer(duration = vsthrottle.blocked("post:" + client.identity, 30, 60s, 60s), fallback = 60);
      return (synth(429, "Too Many Requests"));
    }
  }
}

# Varnish's own vcl_synth would set Retry-After to 5 s: a limited client is told how long its block lasts.
sub vcl_synth {
  if (resp.status == 429 && req.http.x-retry-after) {
    set resp.http.Retry-After = req.http.x-retry-after;
    set resp.http.Cache-Control = "no-store";
    set resp.http.Content-Type = "text/plain; charset=utf-8";
    set resp.body = "Too many requests. Try again in " + req.http.x-retry-after + " seconds." + {"
"};
    return (deliver);
  }
}

sub security_backend_response {
  # N8: an answer Next marks private or no-store is never shared. (Search pages are kept a second on purpose above;
  # RSC payloads, which Next marks private, are hashed apart by their router headers and kept as before.)
  if (beresp.http.Cache-Control ~ "(^|[ ,])(private|no-store)([ ,=]|$)" && !bereq.http.RSC) {
    set beresp.uncacheable = true;
    set beresp.ttl = 1s;
    return (deliver);
  }
}

sub security_deliver {
  # N8/N10: what only Next's router needs to know about its own routing stays inside.
  unset resp.http.x-matched-path;
  unset resp.http.x-nextjs-rewritten-path;
  unset resp.http.x-nextjs-matched-path;
  unset resp.http.x-middleware-rewrite;
  unset resp.http.x-middleware-next;
  unset resp.http.x-middleware-skip;
  unset resp.http.x-powered-by;
}
