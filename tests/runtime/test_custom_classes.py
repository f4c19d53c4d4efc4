"""Classes defined in the script are new on every run (CHECKLIST CLS-01 to CLS-08, examples 020-027)."""

from __future__ import annotations

import shutil
from pathlib import Path

from wasmlit.testing import AppTest


def _shown(at: AppTest) -> list[str]:
    return [str(m.value) for m in at.markdown]


def test_CLS_01_an_instance_of_a_script_class_is_not_an_instance_after_a_rerun(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "020_custom_class_redefined.py")).run()
    assert _shown(at) == ["`True`"]
    at.button[0].click().run()
    assert _shown(at) == ["`False`"]
    at.button[0].click().run()
    assert _shown(at) == ["`False`"]


def test_CLS_02_a_class_imported_from_a_module_stays_the_same(examples: Path, tmp_path: Path) -> None:
    shutil.copy(examples / "021_custom_class_module.py", tmp_path / "app.py")
    (tmp_path / "my_class.py").write_text(
        "class MyClass:\n    def __init__(self, var1, var2):\n        self.var1, self.var2 = var1, var2\n"
    )
    at = AppTest.from_file(str(tmp_path / "app.py")).run()
    assert _shown(at) == ["`True`"]
    at.button[0].click().run()
    assert _shown(at) == ["`True`"]


def test_CLS_03_a_stored_dataclass_no_longer_equals_a_new_one_after_a_rerun(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "022_dataclass_eq_fails_on_rerun.py")).run()
    assert _shown(at) == ["`True`"]
    at.button[0].click().run()
    assert _shown(at) == ["`False`"]


def test_CLS_04_CLS_05_value_based_eq_and_serialized_state_compare_equal_on_every_run(examples: Path) -> None:
    for name in ("023_dataclass_custom_eq.py", "024_dataclass_serialized_str.py"):
        at = AppTest.from_file(str(examples / name)).run()
        assert _shown(at) == ["`True`"], name
        at.button[0].click().run()
        assert _shown(at) == ["`True`"], name
    assert at.session_state["my_dataclass"] == "1,5.5"


def test_CLS_06_a_cached_staticmethod_factory_returns_the_same_instance_on_every_run(examples: Path) -> None:
    source = (examples / "025_cache_resource_staticmethod.py").read_text()
    probe = '\nst.session_state.setdefault("ids", []).append(id(resource_manager))\n'
    at = AppTest.from_string(source + probe).run()
    at.run()
    at.run()
    ids = at.session_state["ids"]
    assert len(ids) == 3 and len(set(ids)) == 1


def test_CLS_07_two_definitions_of_one_dataclass_do_not_compare_equal(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "026_python_class_redefinition.py")).run()
    assert _shown(at) == ["`True`", "`False`"]


def test_CLS_08_a_selectbox_returns_the_option_object_of_the_previous_run(examples: Path) -> None:
    at = AppTest.from_file(str(examples / "027_selectbox_options_from_previous_run.py")).run()
    assert _shown(at) == ["`True`", "`True`"]
    at.selectbox[0].select_index(0).run()
    # `selected` is Marshall_A of the previous run: unequal to this run's Marshall_A,
    # equal to Marshall_B, which session state has kept since the first run.
    assert _shown(at) == ["`False`", "`True`"]
