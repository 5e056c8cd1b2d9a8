import Foundation
import TOMLKit

/// Reads a theme file (format: DESIGN §4):
///
/// ```toml
/// name = "default"
/// summary = "dark"
/// assumed_fg = "#d0d0d0"   # what `default` looks like, for contrast checks
/// assumed_bg = "#000000"
/// [roles]
/// header = { fg = "#87afff", bg = "default", attrs = ["bold"], mono = ["bold", "underline"] }
/// ```
///
/// A TOML error, an unknown role, colour or attribute rejects the theme (the caller falls back
/// to the default); a missing role only warns and borrows the fallback style.
public enum ThemeParser {
    /// The theme in `text`, or `nil` with at least one fatal warning.
    public static func parse(_ text: String, name: String, file: String) -> (Theme?, [ThemeWarning]) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return (nil, [ThemeWarning(file: file, line: error.source.begin.line, message: error.description, isFatal: true)])
        } catch {
            return (nil, [ThemeWarning(file: file, message: "\(error)", isFatal: true)])
        }
        var reader = Reader(text: text, file: file)
        let theme = reader.theme(from: table, defaultName: name)
        return (reader.warnings.contains(where: \.isFatal) ? nil : theme, reader.warnings)
    }

    /// Collects warnings while reading one file.
    private struct Reader {
        let lines: [Substring]
        let file: String
        var warnings: [ThemeWarning] = []

        init(text: String, file: String) {
            self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            self.file = file
        }

        mutating func theme(from table: TOMLTable, defaultName: String) -> Theme {
            var theme = Theme(name: table["name"]?.string ?? defaultName, source: file, styles: [:])
            theme.summary = table["summary"]?.string ?? ""
            theme.assumedForeground = rgb(table["assumed_fg"]?.string, key: "assumed_fg") ?? theme.assumedForeground
            theme.assumedBackground = rgb(table["assumed_bg"]?.string, key: "assumed_bg") ?? theme.assumedBackground
            guard let roles = table["roles"]?.table else {
                fail("roles", "missing [roles] table")
                return theme
            }
            for key in roles.keys {
                guard let role = Role(rawValue: key) else {
                    fail("roles.\(key)", "unknown role (known: \(Role.allCases.map(\.rawValue).joined(separator: ", ")))")
                    continue
                }
                guard let entry = roles[key]?.table else {
                    fail("roles.\(key)", "expected a table like { fg = \"red\", bg = \"default\" }")
                    continue
                }
                theme.styles[role] = style(entry, key: "roles.\(key)")
            }
            for role in Role.allCases where theme.styles[role] == nil {
                warn("roles.\(role.rawValue)", "role not defined; using the terminal's colours")
                theme.styles[role] = Theme.fallback[role]
            }
            return theme
        }

        mutating func style(_ entry: TOMLTable, key: String) -> RoleStyle {
            var style = RoleStyle()
            for field in entry.keys {
                let path = "\(key).\(field)"
                switch field {
                case "fg": style.foreground = color(entry[field]?.string, key: path)
                case "bg": style.background = color(entry[field]?.string, key: path)
                case "attrs": style.attributes = attributes(entry[field], key: path)
                case "mono": style.mono = attributes(entry[field], key: path)
                default: fail(path, "unknown field (expected fg, bg, attrs, mono)")
                }
            }
            return style
        }

        mutating func color(_ text: String?, key: String) -> ThemeColor {
            guard let text, let color = ThemeColor(parsing: text) else {
                fail(key, "unknown colour \(text.map { "\"\($0)\"" } ?? "(not a string)"); use default, a name, 0-255 or #rrggbb")
                return .terminalDefault
            }
            return color
        }

        mutating func rgb(_ text: String?, key: String) -> RGB? {
            guard let text else { return nil }
            guard let rgb = RGB(hex: text) else {
                fail(key, "expected #rrggbb, found \"\(text)\"")
                return nil
            }
            return rgb
        }

        mutating func attributes(_ value: (any TOMLValueConvertible)?, key: String) -> TextAttributes {
            guard let array = value?.array else {
                fail(key, "expected a list such as [\"bold\", \"underline\"]")
                return []
            }
            var result: TextAttributes = []
            for item in array {
                guard let name = item.string, let attribute = TextAttributes(name: name) else {
                    fail(key, "unknown attribute \(item.string ?? "?") (known: \(TextAttributes.names.map(\.0).joined(separator: ", ")))")
                    continue
                }
                result.insert(attribute)
            }
            return result
        }

        mutating func fail(_ key: String, _ message: String) {
            warnings.append(ThemeWarning(file: file, line: line(of: key), key: key, message: message, isFatal: true))
        }

        mutating func warn(_ key: String, _ message: String) {
            warnings.append(ThemeWarning(file: file, line: nil, key: key, message: message, isFatal: false))
        }

        /// The line where `key` (`roles.header.fg`) is written, found in the source text:
        /// the role's line inside `[roles]` (or its `[roles.header]` section), else the top key.
        func line(of key: String) -> Int? {
            let parts = key.split(separator: ".").map(String.init)
            var section = ""
            var roleLine: Int?
            for (index, raw) in lines.enumerated() {
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.hasPrefix("[") {
                    section = line.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
                    if parts.count >= 2, section == "roles.\(parts[1])" { roleLine = index + 1 }
                    continue
                }
                if parts.count == 1, section.isEmpty, starts(line, with: parts[0]) { return index + 1 }
                if parts.count >= 2, section == "roles", starts(line, with: parts[1]) { return index + 1 }
                if parts.count == 3, section == "roles.\(parts[1])", starts(line, with: parts[2]) { return index + 1 }
            }
            return roleLine
        }

        private func starts(_ line: String, with key: String) -> Bool {
            guard line.hasPrefix(key) else { return false }
            let rest = line.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }
            return rest.first == "=" || rest.first == "."
        }
    }
}
