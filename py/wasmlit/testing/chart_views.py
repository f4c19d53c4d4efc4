"""AppTest views of charts: `at.get("plotly_chart")[i]` and
`at.get("vega_lite_chart")[i]` (st.altair_chart, st.vega_lite_chart and the
built-in charts).

Streamlit's AppTest cannot select in a chart (CHECKLIST TEST-26: charts are
not supported natively); wasmlit adds `select(selection)` and
`clear_selection()`, which set the chart's selection for the next `run()` as
a click or a box in the page would: for a Plotly chart a dict with any of
`points`, `point_indices`, `box`, `lasso`; for a Vega-Lite chart
`{param_name: value}`. `.selection` is the state the script sees."""

from __future__ import annotations

import json
from typing import Any

from wasmlit.elements.charts import vega_state
from wasmlit.elements.plotly_chart import plotly_state


def _element_base() -> Any:
    from wasmlit.testing.elements import Element

    return Element


class Chart(_element_base()):  # type: ignore[misc]  # a base class found at import time
    """A chart; with on_select, a selection the test can set."""

    @property
    def spec(self) -> Any:
        """The chart's spec (Vega-Lite, or the Plotly figure) as a dict."""
        return json.loads(self.proto.spec)

    @property
    def id(self) -> str | None:
        """The selection's widget id (None without `on_select`)."""
        return getattr(self.proto, "selection_id", None)

    def _state(self, raw: Any) -> Any:
        if self.proto.KIND == "plotly_chart":
            return plotly_state(raw)
        return vega_state(raw, list(self.proto.selection_mode))

    @property
    def selection(self) -> Any:
        pending = getattr(self, "_raw", None)
        if pending is not None:
            return self._state(pending).selection
        if self.id is None:
            return self._state(None).selection
        try:
            value = self.root._widget_value(self.id)
        except KeyError:
            return self._state(None).selection
        return value.selection

    def select(self, selection: dict[str, Any]) -> Chart:
        if self.id is None:
            raise ValueError("This chart has no selection: call it with on_select.")
        self._raw = json.dumps({"selection": selection}, default=str)
        self.root._pending[self.id] = self
        return self

    def clear_selection(self) -> Chart:
        return self.select({})

    def widget_state(self) -> Any:
        """What the page would send: the selection as JSON text."""
        from wasmlit import protocol

        raw = getattr(self, "_raw", None)
        if raw is None:
            raw = json.dumps({"selection": dict(self.selection)}, default=str)
        return protocol.WidgetState(self.id or "", raw, False)

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


CHART_VIEWS: dict[str, Any] = {"plotly_chart": Chart, "vega_lite_chart": Chart}
