import Foundation

/// OSC 52: asks the terminal to put text on the system clipboard. It travels with the output,
/// so it works over SSH; tmux needs `set-clipboard on` (its default `external` passes it on).
enum Clipboard {
    static func osc52(_ text: String) -> String {
        "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
    }
}
