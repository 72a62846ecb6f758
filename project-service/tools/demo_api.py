#!/usr/bin/env python3
"""Writes demo-data/api/projects-{plan}.json and declared-totals-tongliang-14th.json from demo-data/projects.json.

Rows become request bodies of POST /api/v1/projects/import: the printed cells are kept in
constructionTypeRaw, yearsRaw and statusRaw (the service parses them); "－" and blank cells are no value.
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2] / "demo-data"
REGIONS = {p["code"]: p["regionCode"] for p in json.loads((ROOT / "api" / "plans.json").read_text(encoding="utf-8"))}
NONE = {"－", ""}


def body(p):
    row = {"planCode": p["planId"], "regionCode": REGIONS[p["planId"]], "seq": p["seq"]}
    if p.get("program"):
        row["programme"] = p["program"]
    row["name"] = p["name"]
    if p.get("content"):
        row["content"] = p["content"]
    if p.get("constructionType") is not None:
        row["constructionTypeRaw"] = p["constructionType"]
    for field in ("floorAreaM2", "investment10kCny"):
        if p.get(field) is not None:
            row[field] = p[field]
    row["yearsRaw"] = p["years"]["raw"]
    if p.get("newLandMu") is not None:
        row["newLandMu"] = p["newLandMu"]
    if p.get("status") is not None:
        row["statusRaw"] = p["status"]
    if p.get("remarks"):
        row["remarks"] = p["remarks"]
    return row


def main():
    data = json.loads((ROOT / "projects.json").read_text(encoding="utf-8"))
    plans = {}
    for p in data["projects"]:
        plans.setdefault(p["planId"], []).append(body(p))
    out = ROOT / "api"
    for plan, rows in plans.items():
        (out / f"projects-{plan}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for t in data["totals"]:
        totals = {"regionCode": REGIONS[t["planId"]], **{k: t["totals"][k] for k in ("floorAreaM2", "investment10kCny", "newLandMu")}}
        (out / f"declared-totals-{t['planId']}.json").write_text(json.dumps(totals, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
