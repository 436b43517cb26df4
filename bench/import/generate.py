#!/usr/bin/env python3
"""Writes N realistic dossier lines of the import format (docs/api.md) to stdout.

Usage: generate.py N AGENCIES PROCEDURES [SEED]
  AGENCIES:   a file of "code|level" lines (the province's agencies)
  PROCEDURES: a file of "code|agency_code|levels" lines (the catalog; agency_code may be empty)
Receipts spread over 2021-01-04..2025-06-30 in office hours, a mix of channels, statuses and late
finishes; codes follow <receiving agency>-<yyMMdd>-<sequence>, unique per agency and day.
"""
import datetime as dt
import json
import random
import sys

n, agencies_file, procedures_file = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 20261124)
agencies = [line.strip().split("|") for line in open(agencies_file, encoding="utf-8") if line.strip()]
procedures = [line.strip().split("|") for line in open(procedures_file, encoding="utf-8") if line.strip()]
by_level = {}
for code, level in agencies:
    by_level.setdefault(level, []).append(code)

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Thu", "Minh", "Ngọc", "Quang"]
GIVEN = ["An", "Bình", "Châu", "Dũng", "Hà", "Hạnh", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương", "Quân", "Thảo"]
STATUSES = ["RETURNED"] * 60 + ["RESOLVED"] * 10 + ["WITHDRAWN"] * 4 + ["STOPPED"] * 2 + ["PROCESSING"] * 16 \
    + ["PAUSED"] * 3 + ["SUPPLEMENT_REQUESTED"] * 3 + ["AWAITING_PAYMENT"] * 2
CHANNELS = ["ONLINE"] * 45 + ["DIRECT"] * 45 + ["POSTAL"] * 10
START = dt.datetime(2021, 1, 4, tzinfo=dt.timezone.utc)
DAYS = (dt.datetime(2025, 6, 30, tzinfo=dt.timezone.utc) - START).days
ZONE = dt.timezone(dt.timedelta(hours=7))
sequences = {}


def iso(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def resolving_agency(procedure):
    code, agency, levels = procedure
    if agency:
        return agency
    for level in [lvl for lvl in levels.split(",") if lvl] or ["COMMUNE"]:
        if by_level.get(level):
            return rng.choice(by_level[level])
    return rng.choice(agencies)[0]


out = sys.stdout
for i in range(n):
    procedure = rng.choice(procedures)
    agency = resolving_agency(procedure)
    local = (START + dt.timedelta(days=rng.randrange(DAYS))).astimezone(ZONE).replace(
        hour=rng.choice([7, 8, 9, 10, 13, 14, 15, 16]), minute=rng.randrange(60), second=rng.randrange(60))
    received = local.astimezone(dt.timezone.utc)
    day = local.strftime("%y%m%d")
    sequences[(agency, day)] = sequences.get((agency, day), 0) + 1
    status = rng.choice(STATUSES)
    due = received + dt.timedelta(days=rng.choice([1, 3, 5, 7, 10, 15, 20]), hours=rng.randrange(8))
    line = {
        "code": "%s-%s-%04d" % (agency, day, sequences[(agency, day)]),
        "procedureCode": procedure[0],
        "agencyCode": agency,
        "channel": rng.choice(CHANNELS),
        "applicantName": "%s %s %s" % (rng.choice(FAMILY), rng.choice(MIDDLE), rng.choice(GIVEN)),
        "applicantIdNumber": "0%02d%09d" % (rng.randrange(1, 97), rng.randrange(10 ** 9)),
        "applicantPhone": "09%08d" % rng.randrange(10 ** 8),
        "receivedAt": iso(received),
        "dueAt": iso(due),
        "status": status,
    }
    if status in ("RETURNED", "RESOLVED", "WITHDRAWN", "STOPPED"):
        # Mostly on time, one in eight late by up to five days.
        span = (due - received).total_seconds()
        finished = received + dt.timedelta(seconds=rng.uniform(0.2, 1.0) * span)
        if rng.randrange(8) == 0:
            finished = due + dt.timedelta(hours=rng.randrange(1, 120))
        line["finishedAt"] = iso(finished)
        if status in ("RETURNED", "RESOLVED"):
            line["result"] = "APPROVED" if rng.randrange(20) else "DENIED"
        if status == "RETURNED":
            line["returnedAt"] = iso(finished + dt.timedelta(hours=rng.randrange(0, 72)))
    out.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")))
    out.write("\n")
