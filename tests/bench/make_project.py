#!/usr/bin/env python3
"""Writes a Storemap project with N entities (default 200) spread over one store of each kind.

Deterministic: the same N always gives the same file, so timings compare across runs.
Usage: make_project.py [N] > big.storemap
"""
import json
import sys

KINDS = ["postgresql", "mongodb", "dynamodb", "redis", "s3", "elasticsearch", "kafka", "r2"]
PATTERNS = ["lookup-by-key", "one-to-many-join", "full-text-search", "binary-blob",
            "increment-counter", "aggregation", "append-only-write", "transaction", "pub-sub",
            "ad-hoc-query"]
FREQUENCIES = ["low", "medium", "high", "very-high"]
SCHEMAS = ["fixed", "flexible"]
DURABILITIES = ["critical", "reconstructible", "ephemeral"]


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    stores = [{"id": kind, "kind": kind, "name": kind.capitalize() + " main"} for kind in KINDS]
    entities = []
    for i in range(count):
        patterns = []
        for j in range(1 + i % 3):
            patterns.append({
                "name": "Pattern %d of entity %d" % (j + 1, i + 1),
                "type": PATTERNS[(i * 7 + j * 3) % len(PATTERNS)],
                "frequency": FREQUENCIES[(i + j) % len(FREQUENCIES)],
            })
        entities.append({
            "id": "entity-%d" % (i + 1),
            "name": "Entity %d" % (i + 1),
            "schema": SCHEMAS[i % 2],
            "durability": DURABILITIES[i % 3],
            "store": KINDS[i % len(KINDS)],
            "patterns": patterns,
        })
    project = {"format": "storemap", "version": 1, "name": "Benchmark %d" % count,
               "scale": {"users": 1000000}, "stores": stores, "entities": entities}
    json.dump(project, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
