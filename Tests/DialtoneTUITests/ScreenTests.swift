import DialtoneCore
import DialtoneViewModels
import Foundation
import Testing

@testable import DialtoneTUI

/// Every screen rendered to the grid at 80×24 and 120×40, Unicode and ASCII, compared with
/// golden text; colour and NO_COLOR compared by style.
@MainActor
@Suite struct ScreenTests {
    /// A named state reached by sending intents to a loaded model.
    struct Scenario: Sendable, CustomStringConvertible {
        var name: String
        var intents: [AppIntent]
        var confirmAbove: Decimal?
        var description: String { name }
    }

    nonisolated static let scenarios = [
        Scenario(name: "inventory", intents: [.moveDown, .moveDown]),
        Scenario(name: "detail", intents: [.accept]),
        Scenario(name: "owned", intents: [.showScreen(.owned), .moveDown]),
        Scenario(name: "search", intents: [.openSearch, .typeCharacter("5"), .typeCharacter("5")]),
        Scenario(name: "country-picker", intents: [.openCountryPicker, .typeCharacter("i"), .typeCharacter("n")]),
        Scenario(name: "confirm", intents: [.moveDown, .buy, .typeCharacter("1")], confirmAbove: 0),
        Scenario(name: "receipt", intents: [.buy, .toggleFocus, .accept]),
        Scenario(name: "help", intents: [.help]),
    ]

    nonisolated static let sizes = [Size(rows: 24, columns: 80), Size(rows: 40, columns: 120)]

    static func snapshot(_ scenario: Scenario) async -> AppSnapshot {
        let model = await Fixtures.loadedModel(confirmAbove: scenario.confirmAbove)
        for intent in scenario.intents {
            await Fixtures.send([intent], to: model) { snapshot in
                if case .finished = snapshot.purchase.phase { return true }
                return snapshot.purchase.phase != .sending
            }
        }
        return model.snapshot
    }

    @Test(arguments: scenarios)
    func screenMatchesGoldens(scenario: Scenario) async {
        let snapshot = await Self.snapshot(scenario)
        for size in Self.sizes {
            for glyphs in [GlyphSet.unicode, .ascii] {
                let grid = Fixtures.render(snapshot, size: size, glyphs: glyphs)
                let name = "\(scenario.name)-\(size.columns)x\(size.rows)-\(glyphs.isASCII ? "ascii" : "utf8")"
                Golden.check(grid.text, named: name)
                if glyphs.isASCII {
                    let allASCII = grid.text.unicodeScalars.allSatisfy { $0.isASCII }
                    #expect(allASCII, "\(name) has non-ASCII glyphs")
                }
            }
        }
    }

    @Test func buyCountsDownItsArmingDelayAndAChangedPriceIsSaid() async {
        var snapshot = await Self.snapshot(Scenario(name: "confirm", intents: [.buy, .toggleFocus]))
        snapshot.purchase.gate.armingTenths = 7
        snapshot.purchase.notice = "price changed from USD 1.00 charged now; nothing sent"
        let arming = Fixtures.render(snapshot, size: Size(rows: 24, columns: 80)).text
        #expect(arming.contains("[ Buy in 0.7s ]"))
        #expect(arming.contains("Changed        price changed from USD 1.00 charged now; nothing sent"), "whole at 80 columns")
        snapshot.purchase.gate.armingTenths = 0
        #expect(Fixtures.render(snapshot, size: Size(rows: 40, columns: 120)).text.contains("[ Buy ]"))
    }

    @Test func inventoryShowsEveryColumnAndTheSandboxBadge() async {
        let snapshot = await Self.snapshot(Self.scenarios[0])
        let text = Fixtures.render(snapshot, size: Size(rows: 24, columns: 80)).text
        #expect(text.contains("SANDBOX"))
        #expect(text.contains("+1 415 555 1000"))
        #expect(text.contains("USD 1.00"))
        #expect(text.contains("page 1/2 · 40 numbers"))
        let wide = Fixtures.render(snapshot, size: Size(rows: 40, columns: 120)).text
        #expect(wide.contains("Details") && wide.contains("Charged now"))
    }

    @Test func confirmationShowsEveryQuoteLineAndFocusesCancel() async {
        let snapshot = await Self.snapshot(Self.scenarios[5])
        let grid = Fixtures.render(snapshot, size: Size(rows: 24, columns: 80))
        for line in snapshot.purchase.quote!.lines { #expect(grid.text.contains(line.label), "\(line.label) missing") }
        #expect(grid.text.contains("[ Cancel ]") && grid.text.contains("[ Buy ]"))
        #expect(grid.text.contains("[1___]"))
        let cancelRow = grid.text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("[ Cancel ]") }!
        let column = Array(grid.line(cancelRow)).firstIndex(of: "[")!
        #expect(grid.role(row: cancelRow, column: column) == .buttonFocused)
    }

    @Test(arguments: [Size(rows: 20, columns: 70), Size(rows: 24, columns: 79), Size(rows: 23, columns: 80)])
    func tooSmallTerminalsGetOnlyAMessage(size: Size) async {
        let snapshot = await Self.snapshot(Self.scenarios[0])
        let grid = Fixtures.render(snapshot, size: size)
        let lines = grid.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(lines == [
            "Dialtone needs at least 80×24.", "This terminal is \(size.columns)×\(size.rows).", "Enlarge the window, or press q to quit.",
        ], "the message and nothing else: \(grid.text)")
        let messageRow = grid.text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("needs at least") }
        #expect(messageRow == (size.rows - 3) / 2, "centred vertically")
    }

    @Test func exactly80x24DrawsTheWholeScreen() async {
        let snapshot = await Self.snapshot(Self.scenarios[0])
        let grid = Fixtures.render(snapshot, size: Size(rows: 24, columns: 80))
        let lines = grid.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 24 && lines.allSatisfy { $0.count <= 80 })
        #expect(lines[0].contains("SANDBOX"), "title bar on the first row")
        #expect(lines[1].contains("Number"), "table heading on the second row")
        let tableRows = lines[2..<22].filter { $0.contains("+") }
        #expect(tableRows.count == AppRenderer.tableRows(in: Size(rows: 24, columns: 80)), "the table fills its rows")
        #expect(lines[22].contains("page 1/"), "status bar on the second-to-last row")
        #expect(lines[23].contains("quit"), "key hints on the last row")
        #expect(!grid.text.contains("needs at least"))
    }

    @Test func noColorUsesAttributesOnlyAndKeepsTheSelectionVisible() async {
        let snapshot = await Self.snapshot(Self.scenarios[0])
        let (theme, _) = ThemeCatalog.load(name: "default", environment: [:])
        let grid = Fixtures.render(snapshot, size: Size(rows: 24, columns: 80), styles: ColorMapper.resolve(theme, level: .mono))
        #expect(grid.cells.joined().allSatisfy { $0.style.foreground == -1 && $0.style.background == -1 })
        let selectedRow = 2 + 2  // title, header, then the third row
        #expect(grid.cells[selectedRow][5].style.attributes.contains(.reverse))
        let colour = Fixtures.render(snapshot, size: Size(rows: 24, columns: 80), styles: ColorMapper.resolve(theme, level: .palette256))
        #expect(colour.cells[selectedRow][5].style.background >= 0)
    }

    @Test(arguments: ThemeTests.shipped)
    func inventoryRendersWithEveryThemeAndLevel(name: String) async {
        let snapshot = await Self.snapshot(Self.scenarios[0])
        let (theme, warnings) = ThemeCatalog.load(name: name, environment: [:])
        #expect(warnings.isEmpty)
        for level in ColorLevel.allCases {
            let styles = ColorMapper.resolve(theme, level: level)
            let grid = Fixtures.render(snapshot, size: Size(rows: 40, columns: 120), styles: styles)
            #expect(grid.text == Fixtures.render(snapshot, size: Size(rows: 40, columns: 120)).text)
            for cell in grid.cells.joined() {
                #expect(cell.style == styles[cell.role])
                let limit = [ColorLevel.mono: 0, .ansi8: 8, .ansi16: 16, .palette256: 256, .direct: 0x1000000][level]!
                #expect(cell.style.foreground < limit || cell.style.foreground == -1)
            }
            let selected = grid.cells[4][5].style, plain = grid.cells[3][5].style
            #expect(selected != plain, "\(name) at \(level): selection not visible")
        }
    }

    @Test func everyRoleTheScreensUseIsAThemeRole() async {
        var used: Set<Role> = []
        for scenario in Self.scenarios {
            used.formUnion(Fixtures.render(await Self.snapshot(scenario), size: Size(rows: 40, columns: 120)).rolesUsed)
        }
        #expect(used.isSubset(of: Set(Role.allCases)))
        #expect(used.contains(.selected) && used.contains(.badge) && used.contains(.fee))
    }

    /// A frame's drawing work is bounded by the screen, not by the data: owned lists of 2 000 and
    /// 20 000 numbers draw exactly the same calls, and no more characters than the screen holds
    /// three times over. (Frame time itself is a benchmark row, never a unit-test timing.)
    @Test func frameWorkFollowsTheScreenNotTheData() async {
        var calls: [Int] = []
        for count in [2_000, 20_000] {
            let model = await Fixtures.loadedModel(provider: FakeProvider(ownedCount: count))
            await Fixtures.send([.showScreen(.owned)], to: model)
            #expect(model.snapshot.owned.totalCount == count)
            let size = Size(rows: 40, columns: 120)
            let canvas = CountingCanvas(size: size)
            AppRenderer.render(model.snapshot, frame: FrameState(now: Fixtures.now), on: canvas)
            #expect(canvas.characters <= 3 * size.rows * size.columns, "\(canvas.characters) characters drawn for \(count) rows")
            calls.append(canvas.draws)
        }
        #expect(calls[0] == calls[1], "draw calls \(calls) differ with the number of rows")
    }
}

/// A canvas that only counts what is drawn on it.
private final class CountingCanvas: Canvas {
    let size: Size
    private(set) var draws = 0
    private(set) var characters = 0

    init(size: Size) { self.size = size }

    func erase() {}

    func draw(_ text: String, row: Int, column: Int, role: Role) -> Int {
        draws += 1
        characters += text.count
        return text.count
    }
}
