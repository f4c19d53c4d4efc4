"""The page's element tree, rebuilt from ForwardMsgs exactly as the page does.

The same rules as web/src/app/tree.ts: deltas set nodes by path, a block
written again with the same kind keeps its children, and when a run ends
(status other than "rerun") every node that run did not write is removed;
after a fragment run, only below the bodies of the run's fragments (Note
[Fragment runs] in runtime/fragment.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wasmlit import protocol


@dataclass
class Node:
    payload: Any  # a protocol Element or Block
    run_id: int
    children: dict[int, Node] = field(default_factory=dict)

    @property
    def is_block(self) -> bool:
        return isinstance(self.payload, protocol.BLOCK_TYPES) or self.payload is None

    def ordered(self) -> list[tuple[int, Node]]:
        return sorted(self.children.items())


class PageTree:
    def __init__(self) -> None:
        self.roots = [Node(None, 0) for _ in protocol.ROOTS]
        self.run_id = 0
        self.fragment_ids: list[str] = []  # of the run in progress (empty: a full run)
        self.fragment_paths: dict[str, list[int]] = {}  # fragment id -> its body's path

    def _parent(self, path: list[int]) -> Node | None:
        node = self.roots[path[0]]
        for i in path[1:-1]:
            child = node.children.get(i)
            if child is None or not child.is_block:
                return None
            node = child
        return node

    def apply(self, msg: protocol.ForwardMsg) -> None:
        if isinstance(msg, protocol.ScriptStarted):
            self.run_id = msg.run_id
            self.fragment_ids = list(msg.fragment_ids)
            if not msg.fragment_ids:
                self.fragment_paths.clear()
        elif isinstance(msg, protocol.FragmentBody):
            self.fragment_paths[msg.fragment_id] = list(msg.path)
        elif isinstance(msg, (protocol.ElementDelta, protocol.BlockDelta)):
            parent = self._parent(msg.path)
            if parent is None:
                return
            index = msg.path[-1]
            old = parent.children.get(index)
            if isinstance(msg, protocol.BlockDelta):
                # A block redrawn by a later run keeps its children until that run
                # ends (no flicker); a block made again in the same run starts empty.
                # `update` keeps them even then (Note [Block updates] in web/src/app/tree.ts).
                keep = (
                    old is not None
                    and (old.run_id != msg.run_id or msg.update)
                    and getattr(old.payload, "KIND", None) == msg.block.KIND
                )
                parent.children[index] = Node(msg.block, msg.run_id, old.children if keep and old else {})
            else:
                parent.children[index] = Node(msg.element, msg.run_id)
        elif isinstance(msg, protocol.ScriptFinished):
            if msg.status != "rerun":
                for node in self._scope():
                    _prune(node, msg.run_id)

    def node_at(self, path: list[int]) -> Node | None:
        parent = self._parent(path)
        return None if parent is None else parent.children.get(path[-1])

    def _scope(self) -> list[Node]:
        """The nodes whose subtrees the current run redraws."""
        if not self.fragment_ids:
            return self.roots
        bodies = [self.node_at(self.fragment_paths[f]) for f in self.fragment_ids
                  if f in self.fragment_paths]
        return [b for b in bodies if b is not None]


def _prune(node: Node, run_id: int) -> None:
    node.children = {i: c for i, c in node.children.items() if c.run_id == run_id}
    for child in node.children.values():
        if child.is_block:
            _prune(child, run_id)


def walk(node: Node) -> list[Node]:
    """Every node below `node`, in display order (depth first)."""
    out: list[Node] = []
    for _, child in node.ordered():
        out.append(child)
        if child.is_block:
            out.extend(walk(child))
    return out
