"""A hostile site for scripts/attack, on 127.0.0.1 only: a gzip sitemap bomb, a self-listing sitemap
index, and pages that answer 429 with a Retry-After of a day. Every request is logged, one path a line."""
import gzip
import http.server
import sys

port, log_path = int(sys.argv[1]), sys.argv[2]
base = f"http://127.0.0.1:{port}"
bomb = gzip.compress(b"\0" * 100_000_000, 9)  # about 100 KB that unpacks to 100 MB
pages = {
    "/bomb.xml.gz": ("application/gzip", bomb),
    "/index.xml": ("application/xml", f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{base}/index.xml</loc></sitemap></sitemapindex>'.encode()),
    "/busy.xml": ("application/xml", f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{base}/busy-1</loc></url><url><loc>{base}/busy-2</loc></url></urlset>'.encode()),
}


class Site(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        with open(log_path, "a", encoding="utf-8") as log:
            log.write(self.path + "\n")
        if self.path.startswith("/busy-"):
            self.send_response(429)
            self.send_header("Retry-After", "99999")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        kind, body = pages.get(self.path, ("text/plain", None))
        self.send_response(200 if body is not None else 404)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body or b"")))
        self.end_headers()
        self.wfile.write(body or b"")

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", port), Site).serve_forever()
