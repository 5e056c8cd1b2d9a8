/// Reading values off a captured terminal screen.
enum ScreenText {
    /// The digits of the `+…` number on the first line labelled `label`.
    static func digits(after label: String, in screen: String) -> String? {
        guard let line = screen.split(separator: "\n").first(where: { $0.contains(label) && $0.contains("+") }) else { return nil }
        let tail = line[line.range(of: label)!.upperBound...]
        guard let plus = tail.firstIndex(of: "+") else { return nil }
        return String(tail[plus...].prefix { $0.isNumber || $0 == " " || $0 == "+" }.filter(\.isNumber))
    }
}

extension TmuxSession {
    /// Shows Owned filtered by `number`'s last six digits and waits until it is listed.
    func showOwned(_ number: String) async throws {
        try send("2")
        try await waitFor("owned view") { $0.contains("monthly") }
        try send("/")
        try type(String(number.suffix(6)))
        try send("Enter")
        try await waitFor("bought number listed") { screen in
            screen.split(separator: "\n").contains { $0.filter(\.isNumber).contains(number) }
        }
    }
}
