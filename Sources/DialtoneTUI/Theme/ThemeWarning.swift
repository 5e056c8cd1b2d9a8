/// A problem found in a theme file, naming the file, line and key so the user can fix it.
public struct ThemeWarning: Sendable, Hashable, CustomStringConvertible {
    /// The file (or `built-in:NAME`).
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// The offending key (`roles.header.fg`), when there is one.
    public var key: String?
    public var message: String
    /// Whether the theme was rejected (and the default used) rather than patched.
    public var isFatal: Bool

    public init(file: String, line: Int? = nil, key: String? = nil, message: String, isFatal: Bool) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
        self.isFatal = isFatal
    }

    /// `themes/x.toml:12: roles.header.fg: unknown colour "blu"`.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let key { text += "\(key): " }
        return text + message
    }
}
