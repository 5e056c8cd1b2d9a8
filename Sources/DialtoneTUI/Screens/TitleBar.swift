import DialtoneViewModels

/// The top row: program name, the screen tabs with their keys, the profile, and the SANDBOX
/// badge whenever the sandbox is in use.
enum TitleBar {
    static func draw(_ snapshot: AppSnapshot, frame: FrameState, painter: Painter) {
        let width = painter.size.columns
        painter.fill(Rect(top: 0, left: 0, height: 1, width: width), role: .title)
        var column = 1
        column += painter.text("Dialtone", row: 0, column: column, role: .title) + 2
        for (index, screen) in Screen.allCases.enumerated() {
            let label = "\(index + 1) \(screen.title)"
            let role: Role = screen == snapshot.screen ? .accent : .title
            column += painter.text(" \(label) ", row: 0, column: column, role: role) + 1
        }
        var right: [(String, Role)] = []
        if let profile = snapshot.activeProfile {
            right.append(("\(profile.name) (\(profile.provider.displayName))", .title))
        }
        if snapshot.isSandbox { right.append((" SANDBOX ", .badge)) }
        let rightWidth = right.reduce(0) { $0 + painter.displayable($1.0).displayWidth + 1 }
        var x = max(column, width - rightWidth)
        for (text, role) in right where x < width {
            x += painter.text(text, row: 0, column: x, width: width - x, role: role) + 1
        }
    }
}
