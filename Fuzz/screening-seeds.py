#!/usr/bin/env python3
"""screening-seeds.py CORPUS BASE OUT: one proposal per screening-corpus file, its sentences as
the description, so that the fuzzer's mutations start inside the free-text readers (negation,
questions, history, reported proposals) rather than from YAML that rarely reaches them."""
import json
import pathlib
import re
import sys

corpus, base, out = (pathlib.Path(arg) for arg in sys.argv[1:4])
head = base.read_text(encoding="utf-8").split("description:")[0]
text_line = re.compile(r'^\s+text: (".*")\s*$')
for source in sorted(corpus.glob("*.yaml")):
    sentences = []
    for line in source.read_text(encoding="utf-8").splitlines():
        match = text_line.match(line)
        if not match:
            continue
        try:
            # The corpus writes double-quoted YAML strings, whose escapes are JSON's.
            sentences.append(json.loads(match.group(1)))
        except json.JSONDecodeError:
            continue
    if sentences:
        body = "".join("  " + sentence.replace("\n", " ") + "\n" for sentence in sentences)
        (out / f"screening-{source.stem}.yaml").write_text(head + "description: |\n" + body, encoding="utf-8")
