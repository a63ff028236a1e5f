"""Test helper: parse generated Python with ast (never executes it) and print what it defines as JSON.

Usage: inspect.py FILE...  ->  one object per file: {"assigns": {name: literal}, "calls": [[func, args...]], "defs": [[name, [decorators]]], "classes": [...]}
Calls are the top-level and class-level calls whose arguments are literals or names (names as {"name": n}).
"""
import ast
import json
import sys


def value(node):
    try:
        return ast.literal_eval(node)
    except Exception:
        if isinstance(node, ast.Name):
            return {"name": node.id}
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            return {"call": node.func.id, "args": [value(a) for a in node.args]}
        if isinstance(node, ast.List):
            return [value(e) for e in node.elts]
        if isinstance(node, ast.Dict):
            return {"dict": [[value(k), value(v)] for k, v in zip(node.keys, node.values)]}
        return {"expr": type(node).__name__}


def inspect(path):
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read(), filename=path)
    out = {"assigns": {}, "calls": [], "defs": [], "classes": []}
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                if isinstance(t, ast.Name):
                    out["assigns"][t.id] = value(node.value)
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
            func = node.value.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "?")
            out["calls"].append([name] + [value(a) for a in node.value.args])
        elif isinstance(node, ast.ClassDef):
            out["classes"].append(node.name)
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    decorators = [d.id for d in item.decorator_list if isinstance(d, ast.Name)]
                    out["defs"].append([item.name, decorators])
                elif isinstance(item, ast.Assign):
                    for t in item.targets:
                        if isinstance(t, ast.Name):
                            out["assigns"][node.name + "." + t.id] = value(item.value)
        elif isinstance(node, ast.FunctionDef):
            out["defs"].append([node.name, []])
    return out


if __name__ == "__main__":
    print(json.dumps([inspect(path) for path in sys.argv[1:]]))
