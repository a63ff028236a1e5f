# Loads each YAML file named on the command line with PyYAML's safe loader and prints one JSON
# array holding, per file, the loaded value with every float written as its repr (a string tagged
# {"float": "..."}), so that the Java side compares numbers by value and strings by type.
import json
import sys

import yaml


def tag(v):
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": repr(v)}
    if isinstance(v, dict):
        return {"map": [[tag(k), tag(x)] for k, x in v.items()]}
    if isinstance(v, list):
        return [tag(x) for x in v]
    return {"other": repr(v)}


out = []
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        out.append(tag(yaml.safe_load(f.read().decode("utf-8"))))
sys.stdout.write(json.dumps(out, ensure_ascii=True))
