extension Character {
    /// Text a prompt may take: not a newline, tab or other control character.
    var isPrintable: Bool {
        !isNewline && !unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}
