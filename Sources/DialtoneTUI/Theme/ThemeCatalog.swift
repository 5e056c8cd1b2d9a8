import DialtoneThemes
import Foundation

/// The themes a user can pick: the built-in ones plus files in
/// `$XDG_CONFIG_HOME/dialtone/themes/*.toml`, which add to or override them by name.
public enum ThemeCatalog {
    /// The theme used when none is named or the named one is unusable.
    public static let defaultName = "default"

    /// The directory user themes are read from.
    public static func userDirectory(environment: [String: String]) -> URL? {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            return URL(fileURLWithPath: config).appending(path: "dialtone/themes")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appending(path: ".config/dialtone/themes")
    }

    /// Every theme name, built-in and user, sorted.
    public static func names(environment: [String: String]) -> [String] {
        Set(BuiltInThemes.all.keys).union(userFiles(environment: environment).keys).sorted()
    }

    /// The theme called `name`. On any problem the default theme is returned with warnings
    /// naming the file, line and key, so the program still starts.
    public static func load(name: String, environment: [String: String]) -> (Theme, [ThemeWarning]) {
        let (theme, warnings) = attempt(name: name, environment: environment)
        if let theme { return (theme, warnings) }
        guard name != defaultName else { return (Theme.fallback, warnings) }
        let (fallback, more) = load(name: defaultName, environment: environment)
        return (fallback, warnings + more)
    }

    /// The theme after `current` in name order, wrapping around (the `T` key).
    public static func next(after current: String, environment: [String: String]) -> String {
        let all = names(environment: environment)
        guard let index = all.firstIndex(of: current) else { return all.first ?? defaultName }
        return all[(index + 1) % all.count]
    }

    private static func attempt(name: String, environment: [String: String]) -> (Theme?, [ThemeWarning]) {
        if let url = userFiles(environment: environment)[name] {
            do {
                let text = try String(contentsOf: url, encoding: .utf8)
                return ThemeParser.parse(text, name: name, file: url.path)
            } catch {
                return (nil, [ThemeWarning(file: url.path, message: "cannot read: \(error.localizedDescription)", isFatal: true)])
            }
        }
        guard let text = BuiltInThemes.all[name] else {
            let known = names(environment: environment).joined(separator: ", ")
            return (nil, [ThemeWarning(file: "--theme", key: name, message: "no such theme (known: \(known))", isFatal: true)])
        }
        return ThemeParser.parse(text, name: name, file: "themes/\(name).toml")
    }

    /// User theme files by theme name.
    private static func userFiles(environment: [String: String]) -> [String: URL] {
        guard let directory = userDirectory(environment: environment),
            let entries = try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
        else { return [:] }
        var files: [String: URL] = [:]
        for url in entries where url.pathExtension == "toml" {
            files[url.deletingPathExtension().lastPathComponent] = url
        }
        return files
    }
}
