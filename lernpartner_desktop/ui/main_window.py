"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from lernpartner_desktop import __version__
from lernpartner_desktop.ui.change_bridge import ChangeBridge
from lernpartner_desktop.ui.first_steps import DemoLauncher
from lernpartner_desktop.ui.gc_guard import GuiThreadCollector
from lernpartner_desktop.ui.operations import Operations
from lernpartner_desktop.ui.pages.base import Page
from lernpartner_desktop.ui.pages.overview import OverviewPage
from lernpartner_desktop.ui.widgets import ElidedLabel, show_error
from lernpartner_desktop.workspace import Workspace

if TYPE_CHECKING:
    from lernpartner_desktop.ui.pages.partnerships import PartnershipsPage
    from lernpartner_desktop.ui.pages.people import PeoplePage
    from lernpartner_desktop.ui.pages.programs import ProgramsPage

# Navigation order: (key, module, class). Pages other than the start page are built, and their
# modules imported, the first time they are shown: start-up carries only the overview.
PAGES = (
    ("overview", "lernpartner_desktop.ui.pages.overview", "OverviewPage"),
    ("partnerships", "lernpartner_desktop.ui.pages.partnerships", "PartnershipsPage"),
    ("people", "lernpartner_desktop.ui.pages.people", "PeoplePage"),
    ("programs", "lernpartner_desktop.ui.pages.programs", "ProgramsPage"),
)


class MainWindow(QMainWindow):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        #: the window that took over after a restore (app.py closes the last one's workspace)
        self.successor: MainWindow | None = None
        self._handed_over = False
        self.collector = GuiThreadCollector(self)
        self.ops = Operations(self)
        self.bridge = ChangeBridge(ws, self)
        self.setWindowTitle(self.tr("Lernpartner"))
        self.resize(1280, 800)

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(180)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet(
            "QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px; }"
        )
        self.stack = QStackedWidget()
        self._built: dict[str, Page] = {}
        titles = {
            "overview": self.tr("Overview"),
            "partnerships": self.tr("Partnerships"),
            "people": self.tr("People"),
            "programs": self.tr("Programs"),
        }
        self._titles = [titles[key] for key, _m, _c in PAGES]
        for i, title in enumerate(self._titles, start=1):
            item = QListWidgetItem(title)
            item.setToolTip(self.tr("Ctrl+%d") % i)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # placeholder until the page is first shown
        self.nav.currentRowChanged.connect(self._show_row)
        self.overview: OverviewPage = self._page(0)  # type: ignore[assignment]
        self.overview.open_target.connect(self.open_target)
        self.overview.welcome_action.connect(self._welcome_action)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        from lernpartner_desktop.ui.vault_ui import VaultController

        self.vault = VaultController(ws, self)
        self.vault.on_message = lambda m: self.statusBar().showMessage(m, 8000)
        self.demo = DemoLauncher(self, self.ops, ws.folder)
        self.demo.on_message = lambda m: self.statusBar().showMessage(m, 15000)
        from lernpartner_desktop.ui.backup_ui import BackupController

        self.backup = BackupController(ws, self.ops, self)
        self.backup.message.connect(lambda m: self.statusBar().showMessage(m, 15000))
        self.backup.restore_requested.connect(self.restore_from_backup)
        self.overview.backup_reminder.back_up.connect(self.backup.back_up_to_stick)
        self._build_menus()
        # A long path is shortened in the middle (whole path as tooltip): the padlock beside
        # it stays on screen.
        folder = ElidedLabel(self.tr("Data: %s") % ws.folder, mode=Qt.TextElideMode.ElideMiddle)
        folder.setStyleSheet("color: palette(mid);")
        folder.setMaximumWidth(420)
        self.statusBar().addPermanentWidget(self.vault.button)
        self.statusBar().addPermanentWidget(folder, 1)
        self.vault_watch = ChangeBridge(ws, self, frozenset({"vault"}))
        self.vault_watch.changed.connect(lambda _areas: self.update_vault_actions())
        self.update_vault_actions()
        # Gap notes past their retention are purged after start-up and then twice a day.
        self.purge_timer = QTimer(self)
        self.purge_timer.setInterval(12 * 60 * 60 * 1000)
        self.purge_timer.timeout.connect(self.purge_gap_notes)
        self.nav.setCurrentRow(0)
        # Once the start page is up, load the SQLAlchemy side in the background.
        self.ops.idle.connect(self._warm_up, Qt.ConnectionType.SingleShotConnection)

    # -- pages, built on first use ------------------------------------------------------------
    def _page(self, index: int) -> Page:
        key, module, cls = PAGES[index]
        page = self._built.get(key)
        if page is None:
            page = getattr(importlib.import_module(module), cls)(self.ws, self.ops)
            assert isinstance(page, Page)
            self._built[key] = page
            placeholder = self.stack.widget(index)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.insertWidget(index, page)
            self.bridge.changed.connect(page.on_changed)
            page.status_message.connect(lambda m: self.statusBar().showMessage(m, 5000))
        return page

    def _show_row(self, index: int) -> None:
        if index >= 0:
            self._page(index)
            self.stack.setCurrentIndex(index)

    @property
    def partnerships(self) -> PartnershipsPage:
        return self._page(1)  # type: ignore[return-value]

    @property
    def people(self) -> PeoplePage:
        return self._page(2)  # type: ignore[return-value]

    @property
    def programs(self) -> ProgramsPage:
        return self._page(3)  # type: ignore[return-value]

    @property
    def pages(self) -> list[Page]:
        """Every page (builds the ones not shown yet)."""
        return [self._page(i) for i in range(len(PAGES))]

    def _warm_up(self) -> None:
        def ready(_result: object) -> None:
            self.vault.start()
            self.update_vault_actions()
            self.backup.start()
            self.overview.backup_reminder.refresh()
            self.purge_gap_notes()
            self.purge_timer.start()

        self.ops.run(self.ws.warm_up, on_done=ready, on_error=lambda e: show_error(self, e))

    def purge_gap_notes(self) -> None:
        def done(count: int) -> None:
            if count:
                self.statusBar().showMessage(
                    self.tr(
                        "%n gap note(s) deleted: their partnership ended longer ago than the "
                        "retention period.",
                        "",
                        count,
                    ),
                    15000,
                )

        self.ops.run(
            self.ws.gap_notes.purge_expired, on_done=done, on_error=lambda e: show_error(self, e)
        )

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new = QAction(self.tr("&New…"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(lambda: self.current_page().new_item())
        find = QAction(self.tr("&Find…"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._find)
        print_ = QAction(self.tr("&Print…"), self)
        print_.setShortcut(QKeySequence.StandardKey.Print)
        print_.setToolTip(self.tr("Preview and print the main document of this page"))
        print_.triggered.connect(lambda: self.current_page().print_default())
        verify = QAction(self.tr("&Verify a certificate…"), self)
        verify.triggered.connect(self.verify_certificate)
        quit_ = QAction(self.tr("&Quit"), self)
        quit_.setShortcut(QKeySequence("Ctrl+Q"))
        quit_.triggered.connect(self.close)
        self.import_action = QAction(self.tr("&Import staff list…"), self)
        self.import_action.triggered.connect(self.import_staff_list)
        self.settings_action = QAction(self.tr("S&ettings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(lambda: self.open_settings())
        self.demo_action = QAction(self.tr("Open the &demo…"), self)
        self.demo_action.triggered.connect(self.open_demo)
        for a in (new, find):
            file_menu.addAction(a)
        file_menu.addSeparator()
        self.export_action = QAction(self.tr("&Export…"), self)
        self.export_action.triggered.connect(self._export)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        self.backup_menu = self.backup.add_menu(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(print_)
        file_menu.addAction(verify)
        file_menu.addSeparator()
        file_menu.addAction(self.demo_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for i, title in enumerate(self._titles):
            act = QAction(title, self)
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _=False, i=i: self.show_page(i))
            view_menu.addAction(act)
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(lambda: self.current_page().refresh())
        view_menu.addSeparator()
        view_menu.addAction(refresh)
        vault_menu = self.menuBar().addMenu(self.tr("V&ault"))
        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.vault.lock)
        self.unlock_action = QAction(self.tr("&Unlock…"), self)
        self.unlock_action.triggered.connect(self.vault.unlock)
        self.setup_action = QAction(self.tr("&Set a passphrase…"), self)
        self.setup_action.triggered.connect(self.vault.unlock)  # sets the vault up first
        self.change_action = QAction(self.tr("&Change passphrase…"), self)
        self.change_action.triggered.connect(self.vault.change_passphrase)
        self.recovery_action = QAction(self.tr("New &recovery code…"), self)
        self.recovery_action.triggered.connect(self.vault.new_recovery_code)
        settings = QAction(self.tr("&Settings…"), self)
        settings.triggered.connect(self.vault.settings)
        for a in (
            self.lock_action,
            self.unlock_action,
            self.setup_action,
            self.change_action,
            self.recovery_action,
        ):
            vault_menu.addAction(a)
        vault_menu.addSeparator()
        vault_menu.addAction(settings)
        vault_menu.aboutToShow.connect(self.update_vault_actions)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&Guide"), self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        guide.triggered.connect(lambda: self.show_guide())
        about = QAction(self.tr("&About Lernpartner"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(guide)
        help_menu.addSeparator()
        help_menu.addAction(about)

    def verify_certificate(self) -> None:
        from lernpartner_desktop.ui.dialogs.certificates import VerifyDialog

        VerifyDialog(self.ws, self).exec()

    def import_staff_list(self) -> None:
        """Import people from a staff list (CSV or Excel): File menu and welcome page."""
        from lernpartner_desktop.ui.import_dialog import open_import_dialog

        result = open_import_dialog(self, self.ws)
        if result is not None:
            self.statusBar().showMessage(
                self.tr("Staff list imported: %1 added, %2 updated, %3 unchanged, %4 not imported.")
                .replace("%1", str(result.added))
                .replace("%2", str(result.updated))
                .replace("%3", str(result.unchanged))
                .replace("%4", str(result.not_imported)),
                15000,
            )

    def _export(self) -> None:
        from lernpartner_desktop.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.ws, self)
        if dialog.exec() and dialog.written:
            where = dialog.written[0] if len(dialog.written) == 1 else dialog.written[0].parent
            self.statusBar().showMessage(
                self.tr("Exported to %1.").replace("%1", str(where)), 15000
            )
    def update_vault_actions(self) -> None:
        """Only what can be done now: nothing to lock or unlock before a passphrase exists."""
        ready = self.vault.ready
        exists = ready and self.ws.vault.exists()
        unlocked = exists and self.ws.vault.unlocked
        self.lock_action.setEnabled(unlocked)
        self.unlock_action.setEnabled(exists and not unlocked)
        self.unlock_action.setVisible(exists or not ready)
        self.setup_action.setVisible(ready and not exists)
        self.change_action.setEnabled(exists)
        self.recovery_action.setEnabled(exists)

    # -- first steps, settings, help ----------------------------------------------------------
    def _welcome_action(self, name: str) -> None:
        if name == "import_staff":
            self.import_staff_list()
        elif name == "add_person":
            self.show_page(self.people)
            self.people.new_item()
        elif name == "new_program":
            self.show_page(self.programs)
            self.programs.new_item()
        elif name == "open_demo":
            self.open_demo()
        elif name == "restore_backup":
            self.restore_from_backup()

    def open_demo(self) -> None:
        """The demo in a folder of its own, opened in a second Lernpartner."""
        self.demo.open()

    def open_settings(self, tab: str = "") -> None:
        from lernpartner_desktop.ui.settings_dialog import SettingsDialog

        dlg = SettingsDialog(self.ws, self, tab)
        if dlg.exec():
            self.statusBar().showMessage(
                " ".join([self.tr("Settings saved."), *dlg.notes]), 8000
            )

    def show_guide(self, anchor: str = "") -> QDialog:
        from lernpartner_desktop.ui.help_dialog import show_help

        return show_help(self, anchor)

    def current_page(self) -> Page:
        return self._page(self.stack.currentIndex())

    def show_page(self, which: int | Page) -> None:
        """Show a page, given by its place in the navigation or as the page itself."""
        if not isinstance(which, int):
            which = next(
                i for i, (key, _m, _c) in enumerate(PAGES) if self._built.get(key) is which
            )
        self.nav.setCurrentRow(which)

    def _find(self) -> None:
        """Ctrl+F searches the page's list where it has one, else the people."""
        page = self.current_page()
        if page not in (self.people, self.partnerships):
            page = self.people
            self.show_page(page)
        page.focus_search()

    def open_target(self, target: str) -> None:
        """Open "person:ID" or "program:ID" (links on the overview)."""
        kind, _, ident = target.partition(":")
        item_id = int(ident)
        if kind == "person":
            page: Page = self.people

            def select() -> None:
                if not self.people.select_person(item_id):  # hidden by a filter: show all
                    self.people.status.setCurrentIndex(2)
                    self.people.search.clear()
                    self.people.select_person(item_id)
                self.people.view.setFocus()
        elif kind == "partnership":
            page = self.partnerships

            def select() -> None:
                self.partnerships.open_partnership(item_id)
                self.partnerships.view.setFocus()
        elif kind == "program":
            page = self.programs

            def select() -> None:
                self.programs.select_program(item_id)
                self.programs.view.setFocus()
        else:
            return
        self.show_page(page)
        # Showing a stale page reloads it on the worker; select once that has landed.
        if self.ops.busy:
            self.ops.idle.connect(select, Qt.ConnectionType.SingleShotConnection)
        else:
            select()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Lernpartner"),
            self.tr(
                "<h3>Lernpartner %s</h3><p>Learning partnerships, tandems and mentoring "
                "for small businesses. Your data stays on this computer.</p>"
            )
            % __version__,
        )

    # -- restore: the window hands over to a new one on the restored data ----------------------
    def restore_from_backup(self) -> None:
        """File › Restore from backup… (and "Restore from a backup" on an empty first start)."""
        if not self.vault.ready:
            return
        from lernpartner_desktop.ui.backup_dialogs import open_restore_dialog

        new_ws = open_restore_dialog(self, self.ws, before_swap=self._quiesce)
        if new_ws is not None:
            self._hand_over(new_ws)

    def _quiesce(self) -> None:
        """Before the database is swapped: nothing of this window may use it any more."""
        self.purge_timer.stop()
        self.backup.stop()
        self.overview.backup_reminder.detach()
        self.vault.detach()
        self.vault.ready = False  # its refresh would read the database being replaced
        self.vault.watcher.detach()
        self.bridge.detach()
        self.centralWidget().setEnabled(False)
        self.menuBar().setEnabled(False)

    def _hand_over(self, ws: Workspace) -> None:
        successor = MainWindow(ws)
        successor.setGeometry(self.geometry())
        successor.show()
        self.successor = successor
        self._handed_over = True
        self.close()
        successor.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ops.wait()
        self.vault.detach()
        self.backup.stop()
        self.overview.backup_reminder.detach()
        self.purge_timer.stop()
        if self._handed_over:  # the workspace now belongs to the successor
            self.bridge.detach()
            self.collector.stop(enable=False)
            super().closeEvent(event)
            return
        self.hide()
        self.backup.at_close()  # the closing backup, sealed to the public key: vault locked or not
        if self.vault.ready:
            self.ws.vault.lock()
        self.bridge.detach()
        self.collector.stop()
        super().closeEvent(event)
