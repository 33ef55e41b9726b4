"""A mail server for the tests: aiosmtpd on 127.0.0.1, STARTTLS required, every message written
as one JSON line (sender, recipients, whether TLS was on, the message) to a file.

Usage: smtp_sink.py PORT CERT.pem KEY.pem OUT.jsonl
Prints "ready" when it listens; runs until it is killed."""
import asyncio
import json
import ssl
import sys

from aiosmtpd.controller import Controller


class Keep:
    def __init__(self, out):
        self.out = out

    async def handle_DATA(self, server, session, envelope):
        with open(self.out, "a", encoding="utf-8") as f:
            f.write(
                json.dumps(
                    {
                        "from": envelope.mail_from,
                        "to": envelope.rcpt_tos,
                        "tls": session.ssl is not None,
                        "data": envelope.original_content.decode("utf-8", "replace"),
                    }
                )
                + "\n"
            )
        return "250 OK"


def main():
    port, cert, key, out = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(cert, key)
    controller = Controller(
        Keep(out),
        hostname="127.0.0.1",
        port=port,
        tls_context=tls,
        require_starttls=True,
        server_hostname="localhost",
    )
    controller.start()
    print("ready", flush=True)
    try:
        asyncio.get_event_loop().run_forever()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
