"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from lernpartner_desktop import __version__
from lernpartner_desktop.ui.gc_guard import GuiThreadCollector
from lernpartner_desktop.ui.operations import Operations
from lernpartner_desktop.ui.pages.base import Page
from lernpartner_desktop.ui.pages.overview import OverviewPage
from lernpartner_desktop.ui.pages.partnerships import PartnershipsPage
from lernpartner_desktop.ui.pages.people import PeoplePage
from lernpartner_desktop.ui.pages.programs import ProgramsPage
from lernpartner_desktop.ui.widgets import show_error
from lernpartner_desktop.workspace import Workspace


class ChangeBridge(QObject):
    """Re-emits the workspace's change announcements as a Qt signal (queued to the GUI)."""

    changed = Signal(object)

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        ws.changes.subscribe(self._emit)

    def _emit(self, areas: frozenset[str]) -> None:
        self.changed.emit(areas)

    def detach(self) -> None:
        self._ws.changes.unsubscribe(self._emit)


class MainWindow(QMainWindow):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.collector = GuiThreadCollector(self)
        self.ops = Operations(self)
        self.bridge = ChangeBridge(ws, self)
        self.setWindowTitle(self.tr("Lernpartner"))
        self.resize(1280, 800)

        self.overview = OverviewPage(ws, self.ops)
        self.people = PeoplePage(ws, self.ops)
        self.partnerships = PartnershipsPage(ws, self.ops)
        self.programs = ProgramsPage(ws, self.ops)
        self.pages: list[Page] = [self.overview, self.partnerships, self.people, self.programs]

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(180)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet(
            "QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px; }"
        )
        self.stack = QStackedWidget()
        for i, page in enumerate(self.pages, start=1):
            item = QListWidgetItem(page.title())
            item.setToolTip(self.tr("Ctrl+%d") % i)
            self.nav.addItem(item)
            self.stack.addWidget(page)
            self.bridge.changed.connect(page.on_changed)
            page.status_message.connect(lambda m: self.statusBar().showMessage(m, 5000))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.overview.open_target.connect(self.open_target)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        folder = QLabel(self.tr("Data: %s") % ws.folder)
        folder.setStyleSheet("color: palette(mid);")
        self.statusBar().addPermanentWidget(folder)
        self.nav.setCurrentRow(0)
        # Once the start page is up, load the SQLAlchemy side in the background.
        self.ops.idle.connect(self._warm_up, Qt.ConnectionType.SingleShotConnection)

    def _warm_up(self) -> None:
        self.ops.run(self.ws.warm_up, on_error=lambda e: show_error(self, e))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new = QAction(self.tr("&New…"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(lambda: self.current_page().new_item())
        find = QAction(self.tr("&Find…"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._find)
        quit_ = QAction(self.tr("&Quit"), self)
        quit_.setShortcut(QKeySequence("Ctrl+Q"))
        quit_.triggered.connect(self.close)
        for a in (new, find):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(quit_)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for i, page in enumerate(self.pages):
            act = QAction(page.title(), self)
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _=False, i=i: self.show_page(i))
            view_menu.addAction(act)
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(lambda: self.current_page().refresh())
        view_menu.addSeparator()
        view_menu.addAction(refresh)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Lernpartner"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def _find(self) -> None:
        """Ctrl+F searches the page's list where it has one, else the people."""
        page = self.current_page()
        if page not in (self.people, self.partnerships):
            page = self.people
            self.show_page(self.pages.index(page))
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
        self.show_page(self.pages.index(page))
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

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ops.wait()
        self.bridge.detach()
        self.collector.stop()
        super().closeEvent(event)
