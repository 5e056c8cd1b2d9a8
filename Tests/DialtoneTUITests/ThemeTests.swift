import DialtoneThemes
import Foundation
import Testing

@testable import DialtoneTUI

@Suite struct ThemeTests {
    static let shipped = ["default", "light", "high-contrast", "mono", "solarized-dark"]

    @Test func everyRequiredThemeShips() {
        #expect(Set(Self.shipped).isSubset(of: Set(BuiltInThemes.all.keys)))
    }

    @Test(arguments: shipped)
    func shippedThemeParsesAndDefinesEveryRole(name: String) throws {
        let (theme, warnings) = ThemeParser.parse(try #require(BuiltInThemes.all[name]), name: name, file: "\(name).toml")
        #expect(warnings.isEmpty, "\(warnings)")
        let parsed = try #require(theme)
        for role in Role.allCases { #expect(parsed.styles[role] != nil, "\(name) lacks \(role.rawValue)") }
    }

    @Test(arguments: shipped)
    func textRolesMeetWCAGAAIn256Colours(name: String) {
        let (theme, _) = ThemeCatalog.load(name: name, environment: [:])
        for role in Role.allCases {
            let ratio = Contrast.ratio(of: role, in: theme)
            #expect(ratio >= Contrast.minimum(for: role), "\(name).\(role.rawValue) contrast \(ratio)")
        }
    }

    @Test func contrastOfBlackOnWhiteIs21() {
        #expect(abs(Contrast.ratio(RGB(0, 0, 0), RGB(255, 255, 255)) - 21) < 0.01)
    }

    @Test func unknownColourNamesFileLineAndKeyAndFallsBack() throws {
        let text = """
            name = "broken"
            [roles]
            base = { fg = "default", bg = "default" }
            header = { fg = "blu", bg = "default" }
            """
        let (theme, warnings) = ThemeParser.parse(text, name: "broken", file: "/tmp/broken.toml")
        #expect(theme == nil)
        let warning = try #require(warnings.first { $0.isFatal })
        #expect(warning.line == 4)
        #expect(warning.key == "roles.header.fg")
        #expect(warning.description.hasPrefix("/tmp/broken.toml:4: roles.header.fg: unknown colour \"blu\""))
    }

    @Test func unknownRoleAndTOMLErrorsAreFatalWithLines() {
        let unknownRole = ThemeParser.parse("[roles]\nheadr = { fg = \"red\" }\n", name: "x", file: "x.toml").1
        #expect(unknownRole.contains { $0.isFatal && $0.key == "roles.headr" && $0.line == 2 })
        let syntax = ThemeParser.parse("name = \"x\"\n[roles\n", name: "x", file: "x.toml").1
        #expect(syntax.count == 1 && syntax[0].isFatal && syntax[0].line == 2)
    }

    @Test func badUserThemeFallsBackToDefaultWithAWarning() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "dialtone-theme-\(UUID().uuidString)")
        let themes = directory.appending(path: "dialtone/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "[roles]\nbase = { fg = \"nope\" }\n".write(to: themes.appending(path: "mine.toml"), atomically: true, encoding: .utf8)
        let environment = ["XDG_CONFIG_HOME": directory.path]
        #expect(ThemeCatalog.names(environment: environment).contains("mine"))
        let (theme, warnings) = ThemeCatalog.load(name: "mine", environment: environment)
        #expect(theme.name == "default")
        #expect(warnings.contains { $0.file.hasSuffix("mine.toml") && $0.line == 2 && $0.key == "roles.base.fg" })
    }

    @Test func userThemeOverridesBuiltInByName() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "dialtone-theme-\(UUID().uuidString)")
        let themes = directory.appending(path: "dialtone/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try #require(BuiltInThemes.all["mono"]).replacingOccurrences(of: "name = \"mono\"", with: "name = \"light\"")
        try text.write(to: themes.appending(path: "light.toml"), atomically: true, encoding: .utf8)
        let (theme, warnings) = ThemeCatalog.load(name: "light", environment: ["XDG_CONFIG_HOME": directory.path])
        #expect(warnings.isEmpty)
        #expect(theme.source.hasSuffix("light.toml") && theme[.header].foreground == .terminalDefault)
    }

    @Test func unknownThemeNameFallsBackToDefault() {
        let (theme, warnings) = ThemeCatalog.load(name: "nosuch", environment: [:])
        #expect(theme.name == "default")
        #expect(warnings.first?.key == "nosuch")
    }

    @Test func cyclingVisitsEveryThemeAndWraps() {
        let names = ThemeCatalog.names(environment: [:])
        var seen: [String] = []
        var current = ThemeCatalog.defaultName
        for _ in names {
            current = ThemeCatalog.next(after: current, environment: [:])
            seen.append(current)
        }
        #expect(Set(seen) == Set(names))
    }

    @Test func sampleListsEveryRole() {
        let (theme, _) = ThemeCatalog.load(name: "default", environment: [:])
        let sample = ThemeCatalog.sample(theme, level: .palette256)
        for role in Role.allCases { #expect(sample.contains(" \(role.rawValue) ")) }
        #expect(sample.contains("\u{1B}[38;5;"))
        #expect(!ThemeCatalog.sample(theme, level: .mono).contains("38;"))
    }
}
