import DialtoneViewModels

/// Draws one whole frame from values: pure, so screens are tested on a `GridCanvas` and
/// benchmarks time frames without a terminal.
///
/// Layout: title bar (row 0), the screen, the status bar and the key hints (last two rows);
/// overlays on top. Below 80×24 only a message asking for a bigger window is drawn.
public enum AppRenderer {
    public static func render(_ snapshot: AppSnapshot, frame: FrameState, on canvas: any Canvas) {
        let painter = Painter(canvas: canvas, glyphs: frame.glyphs)
        let size = canvas.size
        canvas.erase()
        guard size.rows >= Size.minimum.rows, size.columns >= Size.minimum.columns else {
            tooSmall(size, painter: painter)
            return
        }
        TitleBar.draw(snapshot, frame: frame, painter: painter)
        let body = Rect(top: 1, left: 0, height: size.rows - 3, width: size.columns)
        switch snapshot.screen {
        case .inventory: InventoryScreen.draw(snapshot, frame: frame, in: body, painter: painter)
        case .owned: OwnedScreen.draw(snapshot, frame: frame, in: body, painter: painter)
        case .history: HistoryScreen.draw(snapshot, frame: frame, in: body, painter: painter)
        case .costs: CostsScreen.draw(snapshot.costs, frame: frame, in: body, painter: painter)
        }
        StatusLine.bar(snapshot, frame: frame).draw(row: size.rows - 2, painter: painter)
        KeyHintBar(hints: KeyMap.hints(for: snapshot, glyphs: frame.glyphs)).draw(row: size.rows - 1, painter: painter)
        for overlay in snapshot.overlays {
            switch overlay {
            case .detail: break  // drawn by the screen, which knows the selected row
            case .searchPrompt:
                if let prompt = snapshot.searchPrompt { PickerOverlay.drawSearch(prompt, row: body.bottom - 1, width: size.columns, painter: painter) }
            case .countryPicker, .typePicker, .routePicker:
                if let picker = snapshot.picker { PickerOverlay.draw(picker, in: body, painter: painter) }
            case .filterForm:
                if let form = snapshot.filterForm { FilterFormOverlay.draw(form, in: body, painter: painter) }
            case .confirm:
                FeeConfirmationDialog.draw(snapshot.purchase, frame: frame, in: Rect(size), painter: painter)
            case .batchConfirm:
                BatchConfirmationDialog.draw(snapshot.batch, frame: frame, in: Rect(size), painter: painter)
            case .releaseConfirm:
                ReleaseDialog.draw(snapshot.release, frame: frame, in: Rect(size), painter: painter)
            case .ownedChangeConfirm:
                OwnedChangeDialog.draw(snapshot.ownedChange, frame: frame, in: Rect(size), painter: painter)
            case .help:
                HelpOverlay.draw(snapshot, frame: frame, in: body, painter: painter)
            }
        }
    }

    /// How many inventory rows the table shows at `size`: all rows but the title, the table
    /// heading, the status bar and the key hints.
    public static func tableRows(in size: Size) -> Int {
        max(1, max(size.rows, Size.minimum.rows) - 4)
    }

    static func tooSmall(_ size: Size, painter: Painter) {
        let lines = [
            "Dialtone needs at least \(Size.minimum.columns)×\(Size.minimum.rows).",
            "This terminal is \(size.columns)×\(size.rows).",
            "Enlarge the window, or press q to quit.",
        ]
        let top = max(0, (size.rows - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let shown = painter.displayable(line)
            let left = max(0, (size.columns - shown.displayWidth) / 2)
            painter.text(line, row: top + offset, column: left, role: offset == 0 ? .warning : .base)
        }
    }
}
