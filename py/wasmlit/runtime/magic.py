"""Magic: a bare expression statement in an app is written as if by st.write.

Follows Streamlit's rules: expressions in the module, in if/for/while/with/try
bodies and in function bodies are written; a call (`foo()`), `await`,
`yield`, and docstrings are not (a module's first-statement docstring is not
written either: CHECKLIST EXE-11). A trailing-comma tuple writes each item.
"""

from __future__ import annotations

import ast

MAGIC_NAME = "__wasmlit_magic__"

_DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
_BLOCKS = (ast.For, ast.AsyncFor, ast.While, ast.With, ast.AsyncWith, ast.If)


def _is_docstring(stmts: list[ast.stmt], i: int, parent: ast.AST) -> bool:
    node = stmts[i]
    return (
        i == 0
        and isinstance(parent, (ast.Module, *_DEFINITIONS))
        and isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def _rewrite_body(stmts: list[ast.stmt], parent: ast.AST) -> None:
    for i, node in enumerate(stmts):
        if isinstance(node, ast.Expr):
            if _is_docstring(stmts, i, parent):
                continue
            value = node.value
            if isinstance(value, (ast.Call, ast.Await, ast.Yield, ast.YieldFrom)):
                continue
            args = value.elts if isinstance(value, ast.Tuple) else [value]
            node.value = ast.Call(
                func=ast.Name(id=MAGIC_NAME, ctx=ast.Load()), args=list(args), keywords=[]
            )
        else:
            _rewrite_children(node)


def _rewrite_children(node: ast.stmt) -> None:
    if isinstance(node, ast.ClassDef):
        for inner in node.body:
            if isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef)):
                _rewrite_body(inner.body, inner)
        return
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        _rewrite_body(node.body, node)
        return
    if isinstance(node, _BLOCKS):
        _rewrite_body(node.body, node)
        _rewrite_body(getattr(node, "orelse", []), node)  # with-blocks have none
        return
    if isinstance(node, (ast.Try, ast.TryStar)):
        _rewrite_body(node.body, node)
        for handler in node.handlers:
            _rewrite_body(handler.body, handler)
        _rewrite_body(node.orelse, node)
        _rewrite_body(node.finalbody, node)
        return
    if isinstance(node, ast.Match):
        for case in node.cases:
            _rewrite_body(case.body, case)


def add_magic(tree: ast.Module) -> ast.Module:
    _rewrite_body(tree.body, tree)
    ast.fix_missing_locations(tree)
    return tree
