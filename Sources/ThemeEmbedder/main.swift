import Foundation

/// Build tool: turns the theme TOML files of `themes/` into one Swift source file, so the
/// themes travel inside the binary (a copied `dialtone` keeps them).
/// Usage: ThemeEmbedder OUTPUT.swift THEME.toml...
let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: ThemeEmbedder OUTPUT.swift THEME.toml...\n".utf8))
    exit(2)
}
var entries: [(name: String, text: String)] = []
for path in arguments.dropFirst().sorted() {
    let url = URL(fileURLWithPath: path)
    let text = try String(contentsOf: url, encoding: .utf8)
    entries.append((url.deletingPathExtension().lastPathComponent, text))
}
var source = "// Generated from themes/*.toml by ThemeEmbedder. Do not edit.\n\n"
source += "extension BuiltInThemes {\n    static let sources: [String: String] = [\n"
for entry in entries {
    // A raw string with enough #'s that no theme text can close it early.
    var hashes = "#"
    while entry.text.contains("\"" + hashes) { hashes += "#" }
    source += "        \"\(entry.name)\": \(hashes)\"\"\"\n\(entry.text)\n\"\"\"\(hashes),\n"
}
source += "    ]\n}\n"
try source.write(to: URL(fileURLWithPath: output), atomically: true, encoding: .utf8)
