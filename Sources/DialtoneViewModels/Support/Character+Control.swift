extension Character {
    /// A control character (C0, DEL, C1): never text for a prompt.
    var isControl: Bool {
        unicodeScalars.allSatisfy { $0.properties.generalCategory == .control }
    }
}
