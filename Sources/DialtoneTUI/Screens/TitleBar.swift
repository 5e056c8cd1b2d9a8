import DialtoneViewModels

/// The top row: program name, the screen tabs with their keys, the profile, and the SANDBOX
/// badge whenever the sandbox is in use.
enum TitleBar {
    static func draw(_ snapshot: AppSnapshot, frame: FrameState, painter: Painter) {
        let width = painter.size.columns
        painter.fill(Rect(top: 0, left: 0, height: 1, width: width), role: .title)
        var right: [(String, Role)] = []
        if let profile = snapshot.activeProfile {
            right.append(("\(profile.name) (\(profile.provider.displayName))", .title))
        }
        if snapshot.isSandbox { right.append((" SANDBOX ", .badge)) }
        let widths = right.map { painter.displayable($0.0).displayWidth + 1 }
        let tabs = Screen.allCases.enumerated().map { index, screen in " \(index + 1) \(screen.title) " }
        // The tabs lose the blank between them before the profile is cut.
        let gap = 11 + tabs.reduce(0) { $0 + $1.count + 1 } + widths.reduce(0, +) <= width ? 1 : 0
        var column = 1
        column += painter.text("Dialtone", row: 0, column: column, role: .title) + 1 + gap
        for (screen, tab) in zip(Screen.allCases, tabs) {
            let role: Role = screen == snapshot.screen ? .accent : .title
            column += painter.text(tab, row: 0, column: column, role: role) + gap
        }
        var x = max(column + 1 - gap, width - widths.reduce(0, +))
        for (index, (text, role)) in right.enumerated() where x < width {
            // The SANDBOX badge keeps its room: the profile before it is cut instead.
            let after = widths[(index + 1)...].reduce(0, +)
            x += painter.text(text, row: 0, column: x, width: max(1, width - x - after), role: role) + 1
        }
    }
}
