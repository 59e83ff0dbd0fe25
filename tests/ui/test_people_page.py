from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from lernpartner_desktop.ui.dialogs.partner_ad import PartnerAdDialog
from lernpartner_desktop.ui.dialogs.person import PersonDialog
from lernpartner_desktop.ui.main_window import MainWindow
from tests.ui.conftest import type_text, wait_idle, with_dialog

CTRL = Qt.KeyboardModifier.ControlModifier


def names(w: MainWindow) -> list[str]:
    return [r.name for r in w.people.model.records()]


def test_add_find_edit_and_deactivate_a_person_with_the_keyboard(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    assert window.current_page() is window.people

    def fill(dlg: QDialog) -> None:
        assert isinstance(dlg, PersonDialog)
        type_text(qtbot, dlg.name, "Jörg Müller")
        qtbot.keyClick(dlg.name, Qt.Key.Key_Tab)
        type_text(qtbot, dlg.department.lineEdit(), "Vertrieb")
        qtbot.keyClick(dlg.name, Qt.Key.Key_Return)

    with_dialog(qtbot, lambda: qtbot.keyClick(window, Qt.Key.Key_N, CTRL), fill)
    wait_idle(qtbot, window)
    assert names(window) == ["Jörg Müller"]
    assert window.people.model.record(0).department == "Vertrieb"

    def second(dlg: QDialog) -> None:
        type_text(qtbot, dlg.name, "Anna Schmidt")
        qtbot.keyClick(dlg.name, Qt.Key.Key_Return)

    with_dialog(qtbot, window.people.new_button.click, second)
    wait_idle(qtbot, window)
    assert sorted(names(window)) == ["Anna Schmidt", "Jörg Müller"]

    # Ctrl+F jumps to the search; typing filters at once.
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.focusWidget() is window.people.search
    type_text(qtbot, window.people.search, "müll")
    assert names(window) == ["Jörg Müller"]
    assert "1 of 2" in window.people.count.text()

    # Down to the table, Enter edits.
    qtbot.keyClick(window.people.search, Qt.Key.Key_Down)
    window.people.view.selectRow(0)

    def edit(dlg: QDialog) -> None:
        assert isinstance(dlg, PersonDialog)
        assert dlg.name.text() == "Jörg Müller"
        dlg.job_title.setFocus()
        type_text(qtbot, dlg.job_title, "Außendienst")
        qtbot.keyClick(dlg.job_title, Qt.Key.Key_Return)

    with_dialog(qtbot, lambda: qtbot.keyClick(window.people.view, Qt.Key.Key_Return), edit)
    wait_idle(qtbot, window)
    assert window.people.model.record(0).job_title == "Außendienst"

    # Deactivate: the active filter hides the person; "active and inactive" shows them dimmed.
    assert window.people.current_id() is not None
    qtbot.mouseClick(window.people.active_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.people.status.currentIndex() == 2)
    row = window.people.model.row_of(lambda r: r.name == "Jörg Müller")
    assert row >= 0 and not window.people.model.record(row).active
    fg = window.people.model.data(window.people.model.index(row, 0), Qt.ItemDataRole.ForegroundRole)
    assert fg is not None
    window.people.status.setCurrentIndex(0)
    qtbot.keyClick(window.people.search, Qt.Key.Key_A, CTRL)
    window.people.search.clear()
    assert names(window) == ["Anna Schmidt"]


def test_validation_messages_show_in_the_dialog(qtbot, window: MainWindow) -> None:
    window.show_page(window.pages.index(window.people))
    messages: list[str] = []

    def empty_then_escape(dlg: QDialog) -> None:
        assert isinstance(dlg, PersonDialog)
        qtbot.keyClick(dlg.name, Qt.Key.Key_Return)
        assert dlg.isVisible()
        assert dlg.banner.isVisible()
        messages.append(dlg.banner.text())
        assert dlg.focusWidget() is dlg.name
        qtbot.keyClick(dlg, Qt.Key.Key_Escape)

    with_dialog(qtbot, window.people.new_item, empty_then_escape)
    assert messages == ["Please enter a name."]
    assert window.ws.people.count() == 0

    window.ws.people.create(
        __import__("lernpartner_desktop.core.people", fromlist=["PersonInput"]).PersonInput(
            name="Eva Ernst"
        )
    )
    wait_idle(qtbot, window)

    def duplicate(dlg: QDialog) -> None:
        type_text(qtbot, dlg.name, "eva  ernst")
        qtbot.keyClick(dlg.name, Qt.Key.Key_Return)
        messages.append(dlg.banner.text())
        dlg.reject()

    with_dialog(qtbot, window.people.new_item, duplicate)
    assert "already a person named" in messages[1]
    assert window.ws.people.count() == 1


def test_partner_ad_and_filters(qtbot, window: MainWindow) -> None:
    from lernpartner_desktop.core.people import PersonInput

    a = window.ws.people.create(PersonInput(name="Ada Analytik", department="IT"))
    window.ws.people.create(PersonInput(name="Bernd Bau", department="Produktion"))
    window.show_page(window.pages.index(window.people))
    wait_idle(qtbot, window)
    window.people.select_person(a)

    def ad(dlg: QDialog) -> None:
        assert isinstance(dlg, PartnerAdDialog)
        qtbot.mouseClick(dlg.offers.add_button, Qt.MouseButton.LeftButton)
        type_text(qtbot, dlg.offers.rows[0][1].lineEdit(), "Power BI")
        qtbot.mouseClick(dlg.seeks.add_button, Qt.MouseButton.LeftButton)
        type_text(qtbot, dlg.seeks.rows[0][1].lineEdit(), "Präsentieren")
        dlg.accept()

    with_dialog(qtbot, window.people.ad_button.click, ad)
    wait_idle(qtbot, window)
    assert "Power BI" in window.people.detail.text()
    assert "Präsentieren" in window.people.detail.text()
    # The topic is searchable, the department filter narrows.
    type_text(qtbot, window.people.search, "power")
    assert names(window) == ["Ada Analytik"]
    window.people.search.clear()
    window.people.department.setCurrentIndex(window.people.department.findData("Produktion"))
    assert names(window) == ["Bernd Bau"]
    window.people.department.setCurrentIndex(0)
    window.people.role.setCurrentIndex(window.people.role.findData("__none__"))
    assert sorted(names(window)) == ["Ada Analytik", "Bernd Bau"]
    window.people.role.setCurrentIndex(window.people.role.findData("mentor"))
    assert names(window) == []
