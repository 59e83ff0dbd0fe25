"""Print preview: PDF pages rendered with PDFium (pypdfium2), printed through Qt.

QtPdf is not part of PySide6-Essentials, so pages are rendered by pypdfium2 into images.
The preview renders lazily: only pages in view, one per event-loop turn, so the first page of
a 500-page document shows at once and the window never freezes. Printing renders each page at
the printer's resolution (capped at 300 dpi to bound memory) on a printing thread and paints
it onto the QPrinter (Qt supports QPainter on a QPrinter outside the GUI thread).
PDFium is not thread-safe: every call into it holds ``PDFIUM_LOCK``.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QPoint,
    QRect,
    QSize,
    QStandardPaths,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QKeySequence, QPageLayout, QPainter, QShortcut
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lernpartner_desktop.base.cloud import cloud_service
from lernpartner_desktop.ui.widgets import ErrorBanner, show_error

PDFIUM_LOCK = threading.Lock()
#: Most pixels per inch a printed page is rendered at (A4 at 300 dpi: 35 MB per page image).
MAX_PRINT_DPI = 300
SCREEN_DPI = 96
GAP = 14
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


class PdfPages:
    """One PDF held in memory, its page sizes, and rendering of one page to a QImage."""

    def __init__(self, data: bytes) -> None:
        import pypdfium2 as pdfium

        with PDFIUM_LOCK:
            self._pdf = pdfium.PdfDocument(data)
            self.sizes = [self._pdf.get_page_size(i) for i in range(len(self._pdf))]

    def __len__(self) -> int:
        return len(self.sizes)

    def render(self, index: int, dpi: float) -> QImage:
        with PDFIUM_LOCK:
            page = self._pdf[index]
            try:
                bitmap = page.render(
                    scale=dpi / 72, prefer_bgrx=True, rev_byteorder=True, may_draw_forms=False
                )
                image = QImage(
                    bitmap.buffer,
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGBX8888,
                ).copy()  # own the pixels: the bitmap's buffer goes away with it
            finally:
                page.close()
        return image

    def close(self) -> None:
        with PDFIUM_LOCK:
            self._pdf.close()


class PageCanvas(QWidget):
    """All pages one below the other; draws the ones in view, renders missing ones lazily."""

    current_changed = Signal(int)

    def __init__(self, pages: PdfPages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self.zoom = 1.0
        self._cache: OrderedDict[tuple[int, float], QImage] = OrderedDict()
        self._wanted: list[int] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._render_next)
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(self.backgroundRole(), QColor("#8a8f96"))
        self.setPalette(pal)
        self._layout()

    # -- geometry ------------------------------------------------------------------------------
    def _px(self, points: float) -> int:
        return round(points * self.zoom * SCREEN_DPI / 72)

    def _layout(self) -> None:
        self._rects: list[QRect] = []
        y = GAP
        width = 0
        for w, h in self.pages.sizes:
            pw, ph = self._px(w), self._px(h)
            self._rects.append(QRect(0, y, pw, ph))
            y += ph + GAP
            width = max(width, pw)
        self._width = width + 2 * GAP
        for r in self._rects:
            r.moveLeft((self._width - r.width()) // 2)
        self.setFixedSize(self._width, y)

    def set_zoom(self, zoom: float) -> None:
        if zoom != self.zoom:
            self.zoom = zoom
            self._cache.clear()
            self._layout()
            self.update()

    def page_rect(self, index: int) -> QRect:
        return self._rects[index]

    def page_at(self, y: int) -> int:
        for i, r in enumerate(self._rects):
            if y < r.bottom() + GAP:
                return i
        return len(self._rects) - 1

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        area = event.rect()  # type: ignore[attr-defined]
        missing = []
        for i, r in enumerate(self._rects):
            if r.bottom() < area.top() or r.top() > area.bottom():
                continue
            image = self._cache.get((i, self.zoom))
            if image is None:
                painter.fillRect(r, QColor("white"))
                missing.append(i)
            else:
                painter.drawImage(r.topLeft(), image)
        painter.end()
        if missing:
            self._wanted = missing
            self._timer.start()

    def render_now(self, index: int) -> None:
        """Render a page at once (the first page, so it is there when the dialog shows)."""
        key = (index, self.zoom)
        if key not in self._cache:
            self._cache[key] = self.pages.render(index, self.zoom * SCREEN_DPI)
            while len(self._cache) > 24:
                self._cache.popitem(last=False)

    def _render_next(self) -> None:
        # One page per turn of the event loop: scrolling and typing stay responsive.
        while self._wanted:
            index = self._wanted.pop(0)
            if (index, self.zoom) not in self._cache:
                self.render_now(index)
                self.update(self._rects[index])
                break
        if self._wanted:
            self._timer.start()

    def rendered(self, index: int) -> bool:
        return (index, self.zoom) in self._cache


class PrintJob(QThread):
    """Renders pages at printer resolution and paints them onto the printer."""

    progressed = Signal(int, int)
    failed = Signal(str)

    def __init__(self, data: bytes, printer: QPrinter, pages: Sequence[int]) -> None:
        super().__init__()
        self.data, self.printer, self.page_indexes = data, printer, list(pages)
        self.cancelled = threading.Event()

    def run(self) -> None:  # on the printing thread; no widgets here
        try:
            self._print()
        except Exception as exc:  # shown on the GUI thread
            self.failed.emit(str(exc))

    def _print(self) -> None:
        pages = PdfPages(self.data)
        printer = self.printer
        printer.setFullPage(True)  # our pages carry their own margins
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter: QPainter | None = None
        try:
            for n, index in enumerate(self.page_indexes):
                if self.cancelled.is_set():
                    break
                w, h = pages.sizes[index]
                printer.setPageOrientation(
                    QPageLayout.Orientation.Landscape if w > h else QPageLayout.Orientation.Portrait
                )
                if painter is None:
                    painter = QPainter()
                    if not painter.begin(printer):
                        raise RuntimeError("printer")
                elif not printer.newPage():
                    raise RuntimeError("printer")
                image = pages.render(index, dpi)
                target = painter.viewport()
                size = QSize(image.width(), image.height())
                size.scale(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                at = QPoint(
                    target.x() + (target.width() - size.width()) // 2,
                    target.y() + (target.height() - size.height()) // 2,
                )
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(QRect(at, size), image)
                self.progressed.emit(n + 1, len(self.page_indexes))
        finally:
            if painter is not None:
                painter.end()
            pages.close()


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home())


def confirm_cloud_folder(parent: QWidget | None, target: Path, *, secret: bool) -> bool:
    """Warn when ``target`` lies in a folder synced to the cloud; True to go on."""
    service = cloud_service(target)
    if service is None:
        return True
    if secret:
        text = QCoreApplication.translate(
            "PrintPreview",
            "The folder %1 is synced to %2. The recovery code would then be stored with that "
            "service, outside this office. Better choose a folder on this computer or a USB "
            "stick. Save there anyway?",
        )
    else:
        text = QCoreApplication.translate(
            "PrintPreview",
            "The folder %1 is synced to %2: the document, with names and dates of your staff, "
            "will be copied to that service. Save there anyway?",
        )
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("PrintPreview", "Folder synced to the cloud"),
        text.replace("%1", str(target.parent)).replace("%2", service),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class PrintPreviewDialog(QDialog):
    """Shows a PDF's pages; Print… sends them to a printer, Save as PDF… writes the file."""

    printed = Signal(bool)  # finished printing (True) or failed/cancelled (False)

    def __init__(
        self,
        data: bytes,
        title: str,
        file_name: str = "",
        warnings: Sequence[str] = (),
        *,
        secret: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.data, self.file_name, self.secret = data, file_name or f"{title}.pdf", secret
        self.job: PrintJob | None = None
        self.saved_to: Path | None = None
        self.setWindowTitle(self.tr("Print preview: %s") % title)
        self.pages = PdfPages(data)
        self.canvas = PageCanvas(self.pages)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.canvas)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setBackgroundRole(self.canvas.backgroundRole())
        self.scroll.verticalScrollBar().valueChanged.connect(self._update_page_label)

        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.zoom_out = QPushButton("−")
        self.zoom_in = QPushButton("+")
        for b, tip in ((self.zoom_out, self.tr("Smaller")), (self.zoom_in, self.tr("Larger"))):
            b.setFixedWidth(34)
            b.setToolTip(tip)
            b.setAccessibleName(tip)
        self.zoom = QComboBox()
        self.zoom.setAccessibleName(self.tr("Zoom"))
        for z in ZOOMS:
            self.zoom.addItem(f"{round(z * 100)} %", z)
        self.zoom.setCurrentIndex(ZOOMS.index(1.0))
        self.zoom.currentIndexChanged.connect(lambda _i: self._apply_zoom())
        self.zoom_out.clicked.connect(lambda: self._step_zoom(-1))
        self.zoom_in.clicked.connect(lambda: self._step_zoom(1))
        self.page_label = QLabel()
        self.page_label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        close = QPushButton(self.tr("&Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)

        bar = QHBoxLayout()
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addSpacing(12)
        bar.addWidget(self.zoom_out)
        bar.addWidget(self.zoom)
        bar.addWidget(self.zoom_in)
        bar.addSpacing(12)
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        bar.addWidget(close)
        self.banner = ErrorBanner()
        if warnings:
            self.banner.show_message("\n".join(warnings))
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.status)
        for keys, slot in (
            (QKeySequence.StandardKey.Print, self.print_dialog),
            (QKeySequence.StandardKey.ZoomIn, lambda: self._step_zoom(1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self._step_zoom(-1)),
            (QKeySequence.StandardKey.Save, self.save_pdf),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot)
        # Fits a 1366 x 768 screen: at most about 1366 x 728 usable.
        screen = self.screen().availableGeometry() if self.screen() else QRect(0, 0, 1366, 728)
        width = min(max(self.canvas.width() + 60, 760), screen.width() - 40, 1100)
        self.resize(width, min(screen.height() - 60, 680))  # 680 + title bar < 728
        # Start with the whole width of the widest page in view (landscape wall plans too).
        widest = max((w for w, _h in self.pages.sizes), default=595) * SCREEN_DPI / 72
        fits = [z for z in ZOOMS if widest * z <= width - 60] or [ZOOMS[0]]
        self.zoom.setCurrentIndex(ZOOMS.index(max(fits)))
        self.canvas.render_now(0)  # the first page is there when the dialog shows
        self._update_page_label()

    # -- viewing -------------------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return len(self.pages)

    def current_page(self) -> int:
        bar = self.scroll.verticalScrollBar()
        return self.canvas.page_at(bar.value() + self.scroll.viewport().height() // 3)

    def _update_page_label(self) -> None:
        self.page_label.setText(
            self.tr("Page %1 of %2")
            .replace("%1", str(self.current_page() + 1))
            .replace("%2", str(self.page_count))
        )

    def _step_zoom(self, step: int) -> None:
        i = max(0, min(len(ZOOMS) - 1, self.zoom.currentIndex() + step))
        self.zoom.setCurrentIndex(i)

    def _apply_zoom(self) -> None:
        page = self.current_page()
        self.canvas.set_zoom(float(self.zoom.currentData()))
        self.canvas.render_now(page)
        self.scroll.verticalScrollBar().setValue(self.canvas.page_rect(page).top() - GAP)
        self._update_page_label()

    # -- printing ------------------------------------------------------------------------------
    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_with(printer)

    def pages_to_print(self, printer: QPrinter) -> list[int]:
        rng = printer.printRange()
        if rng == QPrinter.PrintRange.CurrentPage:
            return [self.current_page()]
        if rng == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = max(1, printer.fromPage())
            last = min(self.page_count, printer.toPage() or self.page_count)
            return list(range(first - 1, last))
        return list(range(self.page_count))

    def print_with(self, printer: QPrinter) -> PrintJob:
        """Print on the printing thread; ``printed`` says when it is done."""
        pages = self.pages_to_print(printer)
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Printing…"))
        job = PrintJob(self.data, printer, pages)
        job.progressed.connect(
            lambda n, total: self.status.setText(
                self.tr("Printing page %1 of %2…").replace("%1", str(n)).replace("%2", str(total))
            )
        )
        job.failed.connect(self._print_failed)
        job.finished.connect(self._print_done)
        self.job = job
        self._printer = printer  # alive until the job ends
        job.start()
        return job

    def _print_failed(self, _reason: str) -> None:
        self._failed = True
        QMessageBox.warning(
            self,
            self.tr("Print"),
            self.tr(
                "The printer did not accept the document. Check that it is switched on "
                "and ready, then try again."
            ),
        )

    def _print_done(self) -> None:
        ok = not getattr(self, "_failed", False)
        self._failed = False
        self.print_button.setEnabled(True)
        self.status.setText(self.tr("Sent to the printer.") if ok else "")
        self.printed.emit(ok)

    # -- saving --------------------------------------------------------------------------------
    def save_pdf(self) -> None:
        target, _f = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(documents_folder() / self.file_name),
            self.tr("PDF document (*.pdf)"),
        )
        if target:
            self.save_to(Path(target))

    def save_to(self, target: Path) -> bool:
        from lernpartner_desktop.base.atomic import save_user_file

        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        if not confirm_cloud_folder(self, target, secret=self.secret):
            return False
        try:
            save_user_file(target, self.data)
        except Exception as exc:
            show_error(self, exc, self.tr("Save as PDF"))
            return False
        self.saved_to = target
        self.status.setText(self.tr("Saved to %s.") % target)
        return True

    def done(self, result: int) -> None:
        if self.job is not None and self.job.isRunning():
            self.job.cancelled.set()
            self.job.wait()
        super().done(result)
        self.pages.close()


def show_preview(
    parent: QWidget | None,
    data: bytes,
    title: str,
    file_name: str = "",
    warnings: Sequence[str] = (),
    *,
    secret: bool = False,
) -> PrintPreviewDialog:
    """Open a preview window-modally (returns at once; it deletes itself when closed)."""
    dlg = PrintPreviewDialog(data, title, file_name, warnings, secret=secret, parent=parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
    return dlg
