"""Helpers of scripts/api-check.sh, run with the test venv's Python.

  api_check.py seed BASE USER PASSWORD FILE...   sign in and load HSDS files into the directory
  api_check.py hsds-doc BASE OUT_DIR            the HSDS OpenAPI document, made readable offline
  api_check.py config BASE TOKEN OUT_DIR        schemathesis settings (lotsen.toml, hsds.toml): real ids
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


def config(base: str, token: str, out: str) -> None:
    """Ids that exist, so about half the `{id}` requests find a record and its answer is checked
    against the schema (random ids only ever find 404)."""
    s = requests.Session()
    cases = s.get(f"{base}/api/v1/cases?limit=200", headers={"Authorization": f"Bearer {token}"}, timeout=30)
    case_ids = [c["id"] for c in cases.json()["cases"]][:100]
    hsds_ids = []
    for kind in ["services", "organizations", "taxonomies", "taxonomy_terms", "service_at_locations"]:
        page = s.get(f"{base}/api/hsds/{kind}?per_page=50", timeout=30).json()
        hsds_ids += [x["id"] for x in page["contents"]]
    if not case_ids or not hsds_ids:
        sys.exit("the demo data has no cases or no directory records")
    def binding(name: str, values: list, paths: list[str]) -> str:
        lines = [f"dictionaries.{name}.values = {json.dumps(values)}", ""]
        for path in paths:
            lines += ["[[operations]]", f'include-path = "{path}"']
            lines += [f'parameters = {{ "path.id" = {{ dictionary = "{name}", probability = 0.5 }} }}', ""]
        return "\n".join(lines)

    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    lotsen_paths = ["/api/v1/cases/{id}", "/api/v1/cases/{id}/close"]
    (out_dir / "lotsen.toml").write_text(binding("case_ids", case_ids, lotsen_paths))
    hsds_paths = [f"/{kind}/{{id}}" for kind in ["services", "organizations", "taxonomies", "taxonomy_terms", "service_at_locations"]]
    (out_dir / "hsds.toml").write_text(binding("hsds_ids", hsds_ids, hsds_paths))
    print(f"{len(case_ids)} case ids and {len(hsds_ids)} directory ids for the {{id}} paths")


if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    if cmd == "seed":
        seed(args[0], args[1], args[2], args[3:])
    elif cmd == "config":
        config(args[0], args[1], args[2])
    elif cmd == "hsds-doc":
        hsds_doc(args[0], args[1])
    else:
        sys.exit(__doc__)
