"""Helpers of scripts/api-check.sh, run with the test venv's Python.

  api_check.py seed BASE USER PASSWORD FILE...   sign in and load HSDS files into the directory
  api_check.py hsds-doc BASE OUT_DIR            the HSDS OpenAPI document, made readable offline
"""

import json
import re
import shutil
import sys
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
VENDORED = ROOT / "crates/hsds/hsds-3.0/schema"


def seed(base: str, user: str, password: str, files: list[str]) -> None:
    """Signs in as an admin and imports each file through /directory/import, as a person would."""
    s = requests.Session()
    page = s.get(f"{base}/login", timeout=30).text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    r = s.post(
        f"{base}/login",
        data={"csrf": csrf, "username": user, "password": password},
        allow_redirects=False,
        timeout=30,
    )
    if r.status_code != 303:
        sys.exit(f"signing in as {user} failed: {r.status_code}")
    for f in files:
        page = s.get(f"{base}/directory/import", timeout=30).text
        action = re.search(r'action="(/directory/import\?csrf=[^"]+)"', page).group(1)
        with open(f, "rb") as fh:
            r = s.post(f"{base}{action}", files={"file": (Path(f).name, fh, "application/json")}, timeout=60)
        if r.status_code != 200 or 'id="result"' not in r.text:
            sys.exit(f"importing {f} failed: {r.status_code}")
    print(f"directory loaded from {len(files)} HSDS files")


def hsds_doc(base: str, out_dir: str) -> None:
    """The served document with its references to the specification's schemas on GitHub pointed
    at the vendored copies the server is validated against (by file name, as
    lotsen_hsds::validate does: a compiled `service_list.json` is checked as `service.json`)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    doc = requests.get(f"{base}/api/hsds/openapi.json", timeout=30).json()

    def local(ref: str) -> str:
        name = ref.rsplit("/", 1)[-1]
        name = name.replace("_list.json", ".json")
        if not (VENDORED / name).exists():
            sys.exit(f"no vendored schema for {ref}")
        return name

    def walk(v):
        if isinstance(v, dict):
            return {k: (local(x) if k == "$ref" and x.startswith("http") else walk(x)) for k, x in v.items()}
        if isinstance(v, list):
            return [walk(x) for x in v]
        return v

    for f in VENDORED.glob("*.json"):
        if f.name != "openapi.json":
            shutil.copy(f, out / f.name)
    (out / "openapi.json").write_text(json.dumps(walk(doc), indent=1))


if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    if cmd == "seed":
        seed(args[0], args[1], args[2], args[3:])
    elif cmd == "hsds-doc":
        hsds_doc(args[0], args[1])
    else:
        sys.exit(__doc__)
