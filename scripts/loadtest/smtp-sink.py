#!/usr/bin/env python3
"""A local SMTP sink for the scale-out test: accepts every message on 127.0.0.1 and writes one line
per message to a log: the outbox id (the X-Jumelage-Outbox-Id header), the Message-ID and the
recipients, tab-separated. Only the standard library; plain SMTP (no STARTTLS, no authentication).

Usage: smtp-sink.py LOG_FILE PORT_FILE   (binds a free port and writes it to PORT_FILE)
Stops on SIGTERM.
"""
import email.parser
import signal
import socketserver
import sys
import threading

LOCK = threading.Lock()


class Session(socketserver.StreamRequestHandler):
    timeout = 60

    def reply(self, line):
        self.wfile.write((line + "\r\n").encode("ascii"))
        self.wfile.flush()

    def handle(self):
        self.reply("220 127.0.0.1 scale-out test SMTP sink")
        recipients = []
        while True:
            raw = self.rfile.readline(65536)
            if not raw:
                return
            command = raw.decode("utf-8", "replace").rstrip("\r\n")
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                if verb == "EHLO":
                    self.reply("250-127.0.0.1")
                    self.reply("250-8BITMIME")
                    self.reply("250 SMTPUTF8")
                else:
                    self.reply("250 127.0.0.1")
            elif verb == "MAIL":
                recipients = []
                self.reply("250 OK")
            elif verb == "RCPT":
                address = command.split(":", 1)[1].strip() if ":" in command else ""
                recipients.append(address.split()[0].strip("<>") if address else "")
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                lines = []
                while True:
                    line = self.rfile.readline(1 << 20)
                    if not line:
                        # The client went away before the end of the message: it was not accepted.
                        return
                    if line in (b".\r\n", b".\n"):
                        break
                    lines.append(line[1:] if line.startswith(b"..") else line)
                headers = email.parser.BytesHeaderParser().parsebytes(b"".join(lines))
                with LOCK:
                    with open(LOG, "a", encoding="utf-8") as log:
                        log.write("%s\t%s\t%s\n" % (
                            headers.get("X-Jumelage-Outbox-Id", "-").strip(),
                            headers.get("Message-ID", "-").strip(),
                            ",".join(recipients)))
                recipients = []
                self.reply("250 OK queued")
            elif verb == "RSET":
                recipients = []
                self.reply("250 OK")
            elif verb == "NOOP":
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("502 Command not implemented")


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        # A client killed in the middle of a session (the test's kill -9): its unfinished message
        # was never accepted, so it is not in the log.
        sys.stderr.write("SMTP session from %s:%d ended abruptly: %s\n" % (client_address + (sys.exc_info()[1],)))


if __name__ == "__main__":
    LOG, PORT_FILE = sys.argv[1], sys.argv[2]
    open(LOG, "a").close()
    server = Server(("127.0.0.1", 0), Session)
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    with open(PORT_FILE, "w") as out:
        out.write(str(server.server_address[1]))
    server.serve_forever()
