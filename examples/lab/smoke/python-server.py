"""A tiny HTTP server standing in for a Python proof of concept, standard library only.

It handles one request at a time (a lock) and spends DELAY_MS on each, so its capacity is about
1000 / DELAY_MS requests per second: a deliberately slower candidate for the smoke lab.
Environment: PORT (default 18082), DELAY_MS (default 4), CRASH_AFTER (exit after that many
requests; 0 = never, for the lab's own tests).
"""

import os
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT = int(os.environ.get("PORT", "18082"))
DELAY_S = float(os.environ.get("DELAY_MS", "4")) / 1000
CRASH_AFTER = int(os.environ.get("CRASH_AFTER", "0"))
LOCK = threading.Lock()
SERVED = [0]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def reply(self, status, body, content_type="text/plain"):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def work(self):
        with LOCK:
            time.sleep(DELAY_S)
            SERVED[0] += 1
            if CRASH_AFTER and SERVED[0] >= CRASH_AFTER:
                os._exit(3)

    def do_GET(self):
        if self.path == "/health":
            self.reply(200, b"ok\n")
        elif self.path == "/hello":
            self.work()
            self.reply(200, b"hello from python\n")
        else:
            self.reply(404, b"")

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.path == "/echo":
            self.work()
            self.reply(200, body, "application/json")
        else:
            self.reply(404, b"")

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", PORT), Handler)
server.daemon_threads = True
signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
print(f"python-server listening on {PORT}", flush=True)
server.serve_forever()
